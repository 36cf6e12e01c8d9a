package io.deskprov.provisioning.internal;

import java.util.Optional;

import io.deskprov.templates.catalog.ModelCatalog;
import io.deskprov.templates.catalog.PhoneModel;
import io.deskprov.templates.catalog.Vendor;

/**
 * Which firmware image a phone may fetch: the one the model catalog names for the model its
 * User-Agent announces. The User-Agent rather than the store's record decides, because firmware
 * downloads carry no login and, from Polycom phones, no MAC; and because an image must match
 * the hardware that asks, even when an administrator entered the wrong model. The folder can so
 * hold images for every model without a phone ever getting another model's image, and without
 * anyone listing what else lies there.
 */
// TODO: a firmware.file pin naming a build the catalog does not list for the model is not served
// from here; until pins are looked up per device, operators list the build in their catalog file
// (templates.catalog-file) or serve pinned builds from another firmware.url.
final class ModelFirmware {
    private final ModelCatalog catalog;

    ModelFirmware(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** Whether the image is the catalog's one for the phone; false for a client that is no known phone. */
    boolean allows(Optional<PhoneAgent> agent, String fileName) {
        if (agent.isEmpty()) {
            return false;
        }
        final Vendor vendor = switch (agent.get().vendor()) {
            case YEALINK -> Vendor.YEALINK;
            case POLYCOM -> Vendor.POLYCOM;
        };
        return catalog.find(vendor, agent.get().model())
                      .map(PhoneModel::firmware)
                      .filter(fileName::equals)
                      .isPresent();
    }
}
