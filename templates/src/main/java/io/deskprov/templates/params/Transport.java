package io.deskprov.templates.params;

import java.util.Locale;

/**
 * The transport for SIP signalling.
 */
public enum Transport {
    UDP(0, "UDPOnly"),
    TCP(1, "TCPOnly"),
    TLS(2, "TLS");

    private final int yealinkCode;
    private final String polycomName;

    Transport(int yealinkCode, String polycomName) {
        this.yealinkCode = yealinkCode;
        this.polycomName = polycomName;
    }

    /** Returns Yealink's {@code account.N.sip_server.M.transport_type} value. */
    public int yealinkCode() {
        return yealinkCode;
    }

    /** Returns Polycom's {@code reg.N.server.M.transport} value. */
    public String polycomName() {
        return polycomName;
    }

    /** Returns the lower-case name used in parameters. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
