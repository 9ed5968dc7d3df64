package io.github.movierecommender.ui.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The app's texts in one language, and numbers and dates written the way that language does. */
public final class Messages {

    public static final String BUNDLE = "io.github.movierecommender.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts for {@code locale}, or the English ones when the app has no translation for it. */
    public static Messages forLocale(Locale locale) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, noFallback), locale);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... arguments) {
        return formatter(key).format(arguments);
    }

    /** Writes the text of {@code key} for many arguments, reading its pattern once; for one thread. */
    public MessageFormat formatter(String key) {
        return new MessageFormat(bundle.getString(key), locale);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
