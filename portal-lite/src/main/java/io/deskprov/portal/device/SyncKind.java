package io.deskprov.portal.device;

/** What a phone is asked to do. */
public enum SyncKind {
    /** Fetch the configuration and apply it without restarting where it can. */
    RESYNC,
    REBOOT
}
