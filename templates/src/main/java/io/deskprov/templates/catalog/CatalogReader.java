package io.deskprov.templates.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the YAML catalog format: a top-level {@code models} list of flat entries.
 */
final class CatalogReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> FIELDS =
            Set.of("vendor", "model", "family", "hardwareId", "lineKeys", "sipAccounts", "firmware");

    private final String source;

    CatalogReader(String source) {
        this.source = source;
    }

    List<PhoneModel> read(InputStream in) {
        final JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (IOException e) {
            throw new CatalogException(source + ": not readable as YAML: " + e.getMessage(), e);
        }
        if (root == null || !root.path("models").isArray()) {
            throw new CatalogException(source + ": expected a top-level 'models' list");
        }

        final List<PhoneModel> models = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        int index = 0;
        for (JsonNode entry : root.get("models")) {
            index++;
            final PhoneModel model = readEntry(entry, index);
            if (!seen.add(model.vendor().id() + '/' + model.key())) {
                throw new CatalogException(source + ": entry " + index + ": duplicate model "
                                           + model.vendor().id() + ' ' + model.model());
            }
            models.add(model);
        }
        return models;
    }

    private PhoneModel readEntry(JsonNode entry, int index) {
        if (!entry.isObject()) {
            throw new CatalogException(source + ": entry " + index + ": expected a mapping of fields");
        }
        entry.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw error(entry, index, "unknown field '" + name + "', expected one of " + FIELDS);
            }
        });
        try {
            final Vendor vendor = Vendor.fromId(text(entry, index, "vendor"));
            final Integer hardwareId = entry.has("hardwareId") ? number(entry, index, "hardwareId") : null;
            return new PhoneModel(vendor, text(entry, index, "model"), text(entry, index, "family"), hardwareId,
                                  number(entry, index, "lineKeys"), number(entry, index, "sipAccounts"),
                                  text(entry, index, "firmware"));
        } catch (IllegalArgumentException e) {
            throw error(entry, index, e.getMessage());
        }
    }

    private String text(JsonNode entry, int index, String field) {
        final JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            throw error(entry, index, "missing field '" + field + "'");
        }
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw error(entry, index, "field '" + field + "' must be a non-empty text");
        }
        return value.asText().trim();
    }

    private int number(JsonNode entry, int index, String field) {
        final JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            throw error(entry, index, "missing field '" + field + "'");
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw error(entry, index, "field '" + field + "' must be a whole number, got '" + value.asText() + "'");
        }
        return value.intValue();
    }

    private CatalogException error(JsonNode entry, int index, String problem) {
        final JsonNode model = entry.get("model");
        final String name = model == null ? "" : " (" + model.asText() + ")";
        return new CatalogException(source + ": entry " + index + name + ": " + problem);
    }
}
