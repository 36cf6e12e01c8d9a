package io.deskprov.provisioning.internal;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.deskprov.templates.catalog.ModelCatalog;
import io.deskprov.templates.catalog.PhoneModel;
import io.deskprov.templates.catalog.Vendor;

/**
 * Which firmware image a phone may fetch: the one the model catalog names for the model its
 * User-Agent announces, or a build that a parameter pins ({@code firmware.file}). The User-Agent
 * rather than the store's record decides, because firmware downloads carry no login and, from
 * Polycom phones, no MAC; and because a catalog image must match the hardware that asks, even when
 * an administrator entered the wrong model. A pinned build is the administrator's choice, made
 * for some of their phones, so any phone may fetch it. The folder can so hold images for every
 * model without anyone listing what else lies there.
 */
final class ModelFirmware {
    private final ModelCatalog catalog;
    private final Supplier<Set<String>> pinLoader;
    private final AtomicLong generation = new AtomicLong();
    private volatile Pins pins = new Pins(-1, Set.of());

    /** @param pinLoader reads the pinned builds; called on a worker, so it may read the database */
    ModelFirmware(ModelCatalog catalog, Supplier<Set<String>> pinLoader) {
        this.catalog = catalog;
        this.pinLoader = pinLoader;
    }

    /**
     * Whether the image is the catalog's one for the phone, or a pinned build; false for a client
     * that is no known phone. Called on a worker.
     */
    boolean allows(Optional<PhoneAgent> agent, String fileName) {
        if (agent.isEmpty()) {
            return false;
        }
        final Vendor vendor = switch (agent.get().vendor()) {
            case YEALINK -> Vendor.YEALINK;
            case POLYCOM -> Vendor.POLYCOM;
        };
        final boolean catalogImage = catalog.find(vendor, agent.get().model())
                                            .map(PhoneModel::firmware)
                                            .filter(fileName::equals)
                                            .isPresent();
        return catalogImage || pinned().contains(fileName);
    }

    /** Forgets the pinned builds after a change that may have set or removed a pin. */
    void forgetPins() {
        generation.incrementAndGet();
    }

    private Set<String> pinned() {
        final long current = generation.get();
        Pins known = pins;
        if (known.generation() != current) {
            // A change during the load leaves a newer generation, so the next call loads again.
            known = new Pins(current, Set.copyOf(pinLoader.get()));
            pins = known;
        }
        return known.names();
    }

    private record Pins(long generation, Set<String> names) {
    }
}
