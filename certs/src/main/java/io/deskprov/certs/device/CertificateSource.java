package io.deskprov.certs.device;

/**
 * Who issued the certificate a device presented.
 */
public enum CertificateSource {
    /** Our own CA, which issued it when the device was provisioned. */
    OURS,
    /** The phone maker's CA, which installed it in the factory. */
    VENDOR,
}
