package io.github.movierecommender.ui.recommend;

/** What a list's score counts, so it is written the right way. */
public enum ScoreKind {
    /** A rating, a mean or a match, in stars. */
    STARS,
    /** A number of votes (the popular list ranked by votes; by rating, its score is in stars). */
    VOTES,
    /** The rating the method predicts the user would give, in stars, where the method predicts. */
    PREDICTED
}
