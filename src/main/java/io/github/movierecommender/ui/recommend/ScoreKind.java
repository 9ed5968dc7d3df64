package io.github.movierecommender.ui.recommend;

/** What a list's score counts, so it is written the right way. */
public enum ScoreKind {
    /** A rating, a mean or a match, in stars. */
    STARS,
    /** A number of votes. */
    VOTES
}
