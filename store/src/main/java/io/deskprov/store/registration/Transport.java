package io.deskprov.store.registration;

/** How a phone reached the registrar. */
public enum Transport {
    UDP, TCP, TLS
}
