package io.deskprov.portal.device;

import static java.util.Objects.requireNonNull;

import io.deskprov.portal.http.ApiException;
import io.deskprov.store.device.Vendor;
import io.deskprov.templates.catalog.ModelCatalog;

/** Phone models as the templates catalog knows them, so that every phone added can be configured. */
public final class PhoneModels {
    private final ModelCatalog catalog;

    public PhoneModels(ModelCatalog catalog) {
        this.catalog = requireNonNull(catalog, "catalog");
    }

    /**
     * The model's name as the catalog spells it; {@code vvx-450} gives {@code VVX 450}.
     *
     * @throws ApiException 400 {@code UNKNOWN_MODEL} for a model the catalog does not list
     */
    public String canonical(Vendor vendor, String model) {
        return catalog.find(io.deskprov.templates.catalog.Vendor.valueOf(vendor.name()), model)
                      .orElseThrow(() -> ApiException.badRequest("UNKNOWN_MODEL", "model: " + vendor + " '" + model
                                                                 + "' is not in the model catalog"))
                      .model();
    }
}
