package io.deskprov.templates;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.deskprov.templates.catalog.Vendor;
import io.deskprov.templates.internal.Fields;
import io.deskprov.templates.internal.Urls;
import io.deskprov.templates.params.ParameterLayer;

/**
 * Everything needed to render one device's files.
 *
 * @param mac the phone's MAC address; separators and case are normalised away ({@code 80:5E:C0:12:34:56}
 *        becomes {@code 805ec0123456})
 * @param vendor the phone's maker
 * @param model the model name as listed in the catalog
 * @param workplace the desk the phone belongs to
 * @param accounts the SIP accounts, first account first; at least one
 * @param provisioningUrl the URL the phone fetches its files from; a trailing slash is added
 * @param layers the parameter layers, platform first and device last
 * @param contacts the phone's contact directory, in display order
 */
public record DeviceRenderRequest(String mac, Vendor vendor, String model, Workplace workplace,
                                  List<SipAccount> accounts, URI provisioningUrl, List<ParameterLayer> layers,
                                  List<Contact> contacts) {
    private static final Pattern MAC = Pattern.compile("[0-9a-f]{12}");

    public DeviceRenderRequest {
        mac = normaliseMac(mac);
        requireNonNull(vendor, "vendor");
        Fields.nonBlankLine("model", model);
        requireNonNull(workplace, "workplace");
        accounts = List.copyOf(requireNonNull(accounts, "accounts"));
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("accounts: a device needs at least one SIP account");
        }
        provisioningUrl = Urls.folder("provisioningUrl", provisioningUrl);
        layers = List.copyOf(requireNonNull(layers, "layers"));
        contacts = List.copyOf(requireNonNull(contacts, "contacts"));
    }

    /**
     * Returns a builder for a request about the phone with this MAC, vendor and model.
     */
    public static Builder builder(String mac, Vendor vendor, String model) {
        return new Builder(mac, vendor, model);
    }

    private static String normaliseMac(String mac) {
        requireNonNull(mac, "mac");
        final String normalised = mac.replaceAll("[-:.]", "").toLowerCase(Locale.ROOT);
        if (!MAC.matcher(normalised).matches()) {
            throw new IllegalArgumentException("mac: '" + mac + "' is not 12 hexadecimal digits");
        }
        return normalised;
    }

    /**
     * Builds a {@link DeviceRenderRequest}; workplace, one account and the provisioning URL are required.
     */
    public static final class Builder {
        private final String mac;
        private final Vendor vendor;
        private final String model;
        private @Nullable Workplace workplace;
        private @Nullable URI provisioningUrl;
        private final List<SipAccount> accounts = new ArrayList<>();
        private final List<ParameterLayer> layers = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();

        private Builder(String mac, Vendor vendor, String model) {
            this.mac = requireNonNull(mac, "mac");
            this.vendor = requireNonNull(vendor, "vendor");
            this.model = requireNonNull(model, "model");
        }

        /** Sets the workplace. */
        public Builder workplace(Workplace workplace) {
            this.workplace = requireNonNull(workplace, "workplace");
            return this;
        }

        /** Adds the next SIP account. */
        public Builder account(SipAccount account) {
            accounts.add(requireNonNull(account, "account"));
            return this;
        }

        /** Sets the URL the phone fetches its files from. */
        public Builder provisioningUrl(URI provisioningUrl) {
            this.provisioningUrl = requireNonNull(provisioningUrl, "provisioningUrl");
            return this;
        }

        /** Adds the next, more specific, parameter layer. */
        public Builder layer(ParameterLayer layer) {
            layers.add(requireNonNull(layer, "layer"));
            return this;
        }

        /** Adds the next contact. */
        public Builder contact(Contact contact) {
            contacts.add(requireNonNull(contact, "contact"));
            return this;
        }

        /**
         * Returns the request.
         *
         * @throws IllegalArgumentException if a field is invalid
         * @throws NullPointerException if the workplace or provisioning URL is missing
         */
        public DeviceRenderRequest build() {
            return new DeviceRenderRequest(mac, vendor, model, requireNonNull(workplace, "workplace"), accounts,
                                           requireNonNull(provisioningUrl, "provisioningUrl"), layers, contacts);
        }
    }
}
