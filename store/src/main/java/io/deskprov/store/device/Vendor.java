package io.deskprov.store.device;

/** The phone makers deskprov provisions. */
public enum Vendor {
    YEALINK, POLYCOM
}
