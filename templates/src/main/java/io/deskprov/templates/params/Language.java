package io.deskprov.templates.params;

import java.util.Locale;

/**
 * A user-interface language, with the names each vendor uses for it.
 */
public enum Language {
    EN("English", "English_United_States"),
    DE("German", "German_Germany"),
    FR("French", "French_France"),
    ES("Spanish", "Spanish_Spain"),
    IT("Italian", "Italian_Italy"),
    NL("Dutch", "Dutch_Netherlands"),
    PT("Portuguese", "Portuguese_Portugal"),
    PL("Polish", "Polish_Poland");

    private final String yealinkName;
    private final String polycomName;

    Language(String yealinkName, String polycomName) {
        this.yealinkName = yealinkName;
        this.polycomName = polycomName;
    }

    /** Returns Yealink's {@code lang.gui} / {@code lang.wui} value. */
    public String yealinkName() {
        return yealinkName;
    }

    /** Returns Polycom's {@code lcl.ml.lang} value. */
    public String polycomName() {
        return polycomName;
    }

    /** Returns the ISO 639-1 code used in parameters. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
