package io.deskprov.store.parameter;

import io.deskprov.store.changes.Change;

/** A level of the parameter inheritance chain; a lower level overrides a higher one. */
public enum ParameterLevel {
    PLATFORM, COMPANY, GROUP, WORKPLACE, DEVICE;

    /**
     * Checks that a scope id fits this level: 0 exactly for the platform, an id above 0 elsewhere.
     *
     * @throws IllegalArgumentException if it does not
     */
    void checkScope(long scopeId) {
        if ((this == PLATFORM) != (scopeId == 0) || scopeId < 0) {
            throw new IllegalArgumentException("scopeId of " + this + ": " + scopeId
                    + " (expected: 0 for the platform, a positive id for other levels)");
        }
    }

    /** The change that tells caches a parameter of this level's scope changed. */
    Change change(long scopeId) {
        return new Change(Change.Scope.valueOf(name()), scopeId);
    }
}
