package io.deskprov.templates.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One supported phone model as listed in the catalog.
 *
 * @param vendor the maker
 * @param model the model name as the vendor prints it, for example {@code T46U} or {@code VVX 450}
 * @param family the product family, for example {@code T4xU} or {@code VVX 4xx}
 * @param hardwareId Yealink's hardware id, the number in the common file {@code y0000000000XX.cfg};
 *        {@code null} for vendors without one
 * @param lineKeys how many programmable line keys the phone has, counting every page
 * @param sipAccounts how many SIP accounts (registrations) the phone can hold
 * @param firmware the firmware file served when no {@code firmware.file} parameter pins another
 */
public record PhoneModel(Vendor vendor, String model, String family, @Nullable Integer hardwareId,
                         int lineKeys, int sipAccounts, String firmware) {
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]");

    public PhoneModel {
        requireNonNull(vendor, "vendor");
        requireNonNull(model, "model");
        requireNonNull(family, "family");
        requireNonNull(firmware, "firmware");
        if (model.isBlank()) {
            throw new IllegalArgumentException("model: must not be blank");
        }
        if (lineKeys < 1) {
            throw new IllegalArgumentException("lineKeys of " + model + ": " + lineKeys + " is not at least 1");
        }
        if (sipAccounts < 1) {
            throw new IllegalArgumentException("sipAccounts of " + model + ": " + sipAccounts + " is not at least 1");
        }
        if (vendor == Vendor.YEALINK && (hardwareId == null || hardwareId < 0 || hardwareId > 999)) {
            throw new IllegalArgumentException(
                    "hardwareId of " + model + ": " + hardwareId + " is not a Yealink hardware id from 0 to 999");
        }
    }

    /**
     * Returns the name of the per-model common file, {@code y0000000000XX.cfg} for Yealink, or empty
     * for vendors that do not use one.
     */
    public Optional<String> commonFileName() {
        if (hardwareId == null) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "y%012d.cfg", hardwareId));
    }

    /**
     * Returns the model name reduced to upper-case letters and digits ({@code VVX 450} becomes
     * {@code VVX450}), the form used for look-ups.
     */
    public String key() {
        return keyOf(model);
    }

    static String keyOf(String model) {
        return NOT_ALPHANUMERIC.matcher(model).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
