package io.github.movierecommender.problem;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A problem as facts rather than a sentence: its kind and the values it names (a file, a line
 * number, a count, the text found, or another {@code Problem} that is its cause). The English
 * sentence is {@link #toString()}; the app writes the facts in the user's language.
 */
public record Problem(ProblemKind kind, List<Object> facts) {

    public Problem {
        facts = Collections.unmodifiableList(Arrays.asList(facts.toArray()));
    }

    public static Problem of(ProblemKind kind, Object... facts) {
        return new Problem(kind, Arrays.asList(facts));
    }

    /** The sentence in English; a fact that is a problem (or a bad line) is written by its own {@code toString}. */
    @Override
    public String toString() {
        return new MessageFormat(kind.english(), Locale.ENGLISH).format(facts.toArray());
    }
}
