package io.github.movierecommender.posters;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A TMDB API key (v3). It never shows itself: {@link #toString()} hides it, so no message, log or
 * exception that names the key by mistake gives it away; only {@link #reveal()} does, for the
 * request and the user's settings.
 */
public final class ApiKey {

    /** TMDB's v3 keys are 32 hexadecimal digits; any letters and digits are accepted, within reason. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9]{1,128}");

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /** The key in {@code text}, without the spaces around it; empty when the text is blank or not a key. */
    public static Optional<ApiKey> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        return isWellFormed(trimmed) ? Optional.of(new ApiKey(trimmed)) : Optional.empty();
    }

    /** Whether {@code text}, without the spaces around it, could be a key: only letters and digits. */
    public static boolean isWellFormed(String text) {
        return text != null && WELL_FORMED.matcher(text.strip()).matches();
    }

    /** The key itself: for the request to TMDB and for the user's settings, nowhere else. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key && key.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[hidden]";
    }
}
