package io.github.movierecommender.ui.recommend;

/** What a list's score counts, so it is written the right way. */
public enum ScoreKind {
    /** A rating or a mean in stars, or a match or relevance. */
    STARS,
    /** A number of votes (the popular list ranked by votes; by rating, its score is in stars). */
    VOTES,
    /** The rating the method predicts the user would give, in stars: the neighbour-based list's. */
    PREDICTED
}
