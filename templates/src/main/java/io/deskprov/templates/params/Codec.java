package io.deskprov.templates.params;

import java.util.Locale;

/**
 * An audio codec that both vendors can be told to offer.
 */
public enum Codec {
    OPUS("opus", "OPUS"),
    G722("g722", "G722"),
    PCMU("pcmu", "G711_Mu"),
    PCMA("pcma", "G711_A"),
    G729("g729", "G729_AB");

    private final String yealinkName;
    private final String polycomName;

    Codec(String yealinkName, String polycomName) {
        this.yealinkName = yealinkName;
        this.polycomName = polycomName;
    }

    /** Returns the name in Yealink's {@code account.N.codec.<name>.*} keys. */
    public String yealinkName() {
        return yealinkName;
    }

    /** Returns the name in Polycom's {@code voice.codecPref.<name>} attributes. */
    public String polycomName() {
        return polycomName;
    }

    /** Returns the lower-case name used in parameters. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
