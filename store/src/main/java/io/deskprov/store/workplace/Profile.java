package io.deskprov.store.workplace;

/** The feature set a workplace was bought with; it decides which keys and functions its phones get. */
public enum Profile {
    UNIVERSAL_BASE, STANDARD, EXPERT
}
