package io.github.movierecommender.ui.i18n;

import java.text.Collator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * MovieLens genre names in the app's language, from the bundle's {@code genre.*} keys ("Sci-Fi" is
 * {@code genre.scifi}); a genre the bundle does not know is shown as the dataset names it.
 */
public final class GenreNames {

    /** How the engine's rows join a movie's genres, and how they are shown. */
    public static final String SEPARATOR = ", ";

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]");

    private final Messages messages;
    /** Made at the first sort: Java builds a language's first collator from its rules, some 20 ms at start. */
    private Collator order;

    public GenreNames(Messages messages) {
        this.messages = messages;
    }

    public String of(String genre) {
        String key = "genre." + NOT_A_LETTER.matcher(genre.toLowerCase(Locale.ROOT)).replaceAll("");
        return messages.bundle().containsKey(key) ? messages.text(key) : genre;
    }

    /** Genres joined by {@link #SEPARATOR}, each in the app's language, in its alphabetical order. */
    public String list(String joined) {
        if (joined.isEmpty()) {
            return joined;
        }
        if (order == null) {
            order = Collator.getInstance(messages.locale());
        }
        return String.join(SEPARATOR, Arrays.stream(joined.split(SEPARATOR)).map(this::of).sorted(order).toList());
    }

    public String list(List<String> genres) {
        return String.join(SEPARATOR, genres.stream().map(this::of).toList());
    }
}
