package io.github.movierecommender.problem;

/**
 * A kind of problem a person is told about. Its facts fill the gaps of its English pattern (a
 * {@link java.text.MessageFormat} pattern, as the command line writes it); the app writes the same
 * facts from its bundles' {@code problem.KEY} texts, in the user's language.
 */
public interface ProblemKind {

    /** Unique among all kinds, such as {@code data.EMPTY_FILE}. */
    String key();

    /** The English pattern; a quote is written {@code ''}. */
    String english();
}
