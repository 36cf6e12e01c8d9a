package io.deskprov.store.company;

/** How the phones of a company prove who they are when they fetch their files. */
public enum DeviceAuthPolicy {
    /** A client certificate naming the MAC, or the device's provisioning password. */
    CERTIFICATE_OR_PASSWORD,
    /** Only a client certificate; for phones that all carry vendor or deskprov certificates. */
    CERTIFICATE_ONLY,
    /** Only the provisioning password, for firmware that cannot present a certificate. */
    PASSWORD_ONLY
}
