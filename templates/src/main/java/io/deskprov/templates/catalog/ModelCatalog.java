package io.deskprov.templates.catalog;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone models deskprov supports, loaded from a YAML file. Adding a model is an edit of that
 * file; see the module README for the format.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ModelCatalog {
    private static final Logger logger = LoggerFactory.getLogger(ModelCatalog.class);

    /** The classpath resource holding the bundled catalog. */
    public static final String BUNDLED_RESOURCE = "/io/deskprov/templates/catalog/models.yaml";

    // The hardware id has two or three digits in the files the phones request (y000000000095.cfg,
    // y000000000108.cfg); the name is always 12 digits after the 'y'.
    private static final Pattern YEALINK_COMMON_FILE = Pattern.compile("y0{9}(\\d{3})\\.cfg");

    private final List<PhoneModel> models;
    private final Map<String, PhoneModel> byKey;

    private ModelCatalog(List<PhoneModel> models) {
        this.models = List.copyOf(models);
        this.byKey = models.stream().collect(Collectors.toUnmodifiableMap(m -> lookupKey(m.vendor(), m.key()),
                                                                          m -> m));
    }

    private static String lookupKey(Vendor vendor, String modelKey) {
        return vendor.id() + '/' + modelKey;
    }

    /**
     * Returns the catalog shipped with deskprov.
     *
     * @throws CatalogException if the bundled file is missing or invalid
     */
    public static ModelCatalog bundled() {
        try (InputStream in = ModelCatalog.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new CatalogException(BUNDLED_RESOURCE + ": not on the classpath");
            }
            return parse(in, BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new CatalogException(BUNDLED_RESOURCE + ": cannot be read", e);
        }
    }

    /**
     * Loads a catalog from a YAML file.
     *
     * @throws CatalogException if the file cannot be read, a field is missing or malformed, or a
     *         model is listed twice
     */
    public static ModelCatalog load(Path file) {
        requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new CatalogException(file + ": cannot be read", e);
        }
    }

    /**
     * Parses a catalog from YAML text; {@code source} names it in error messages.
     *
     * @throws CatalogException if a field is missing or malformed, or a model is listed twice
     */
    public static ModelCatalog parse(InputStream in, String source) {
        requireNonNull(in, "in");
        requireNonNull(source, "source");
        final ModelCatalog catalog = new ModelCatalog(new CatalogReader(source).read(in));
        logger.debug("{}: loaded {} phone models", source, catalog.models.size());
        return catalog;
    }

    /**
     * Returns every model in file order.
     */
    public List<PhoneModel> models() {
        return models;
    }

    /**
     * Finds a model by vendor and name; case, spaces and hyphens in the name are ignored, so
     * {@code vvx-450} finds {@code VVX 450}.
     */
    public Optional<PhoneModel> find(Vendor vendor, String model) {
        requireNonNull(vendor, "vendor");
        requireNonNull(model, "model");
        return Optional.ofNullable(byKey.get(lookupKey(vendor, PhoneModel.keyOf(model))));
    }

    /**
     * Returns the model with the given vendor and name.
     *
     * @throws IllegalArgumentException if the catalog does not list it
     */
    public PhoneModel require(Vendor vendor, String model) {
        return find(vendor, model).orElseThrow(() -> new IllegalArgumentException(
                "model: " + vendor.id() + " '" + model + "' is not in the model catalog"));
    }

    /**
     * Returns the Yealink models sharing a hardware id (T53 and T53W share 95), in file order.
     */
    public List<PhoneModel> byYealinkHardwareId(int hardwareId) {
        return models.stream()
                     .filter(m -> m.vendor() == Vendor.YEALINK && Integer.valueOf(hardwareId).equals(m.hardwareId()))
                     .toList();
    }

    /**
     * Returns the Yealink models whose common file has the given name, for example
     * {@code y000000000108.cfg}; empty if the name is not of that form or no model uses it.
     */
    public List<PhoneModel> byYealinkCommonFile(String fileName) {
        final OptionalInt id = yealinkHardwareId(fileName);
        return id.isPresent() ? byYealinkHardwareId(id.getAsInt()) : List.of();
    }

    /**
     * Extracts the hardware id from a Yealink common file name ({@code y000000000108.cfg} gives
     * 108); empty if the name is not of that form.
     */
    public static OptionalInt yealinkHardwareId(String fileName) {
        requireNonNull(fileName, "fileName");
        final Matcher matcher = YEALINK_COMMON_FILE.matcher(fileName);
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }
}
