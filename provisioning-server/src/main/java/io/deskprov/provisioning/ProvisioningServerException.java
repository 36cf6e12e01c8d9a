package io.deskprov.provisioning;

/** The server could not start: a port was taken or the TLS material was not usable. The message is safe to print. */
public final class ProvisioningServerException extends RuntimeException {
    public ProvisioningServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
