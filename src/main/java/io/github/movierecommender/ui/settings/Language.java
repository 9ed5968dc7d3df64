package io.github.movierecommender.ui.settings;

import java.util.Locale;

/** The language the user chose for the app's texts; {@link #SYSTEM} follows the computer's. */
public enum Language {
    SYSTEM(null, ""),
    ENGLISH(Locale.ENGLISH, "English"),
    PORTUGUESE_BRAZIL(Locale.forLanguageTag("pt-BR"), "Português (Brasil)");

    private final Locale locale;
    private final String nativeName;

    Language(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    /** The locale to start the app in; {@code system} is the computer's. */
    public Locale locale(Locale system) {
        return locale == null ? system : locale;
    }

    /**
     * The language's name in that language, as menus list languages whatever language they are
     * in; empty for {@link #SYSTEM}, whose name is translated.
     */
    public String nativeName() {
        return nativeName;
    }
}
