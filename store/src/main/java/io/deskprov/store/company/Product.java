package io.deskprov.store.company;

/** What a company can buy a contingent of. */
public enum Product {
    /** A workplace licence: one per workplace. */
    WORKPLACE,
    /** The mobile client add-on package. */
    MOBILE_CLIENT,
    /** The desktop client add-on package. */
    DESKTOP_CLIENT;

    /** Whether it is bought on top of a workplace rather than as one. */
    public boolean isAddOn() {
        return this != WORKPLACE;
    }
}
