package io.github.movierecommender.ui.recommend;

/**
 * What a list's score is, so that its column is named for it (the key {@code results.score.NAME}
 * in the bundles, with {@code .tip} its tooltip) and it is written the right way.
 */
public enum ScoreKind {
    /** How many ratings the movie has: the popular list ranked by votes. */
    VOTES("votes"),
    /** The plain mean rating: the popular list ranked by rating. */
    MEAN_RATING("meanRating"),
    /** The mean with the minimum votes added at the global mean: the popular list ranked so. */
    DAMPED_MEAN("dampedMean"),
    /** The mean of the user's genre tastes over the movie's genres, in stars above their own mean. */
    GENRE_MATCH("genreMatch"),
    /** Σ similarity × stars over the movie's most similar raters: the default neighbour list. */
    NEIGHBOUR_SCORE("neighbourScore"),
    /** The mean rating of the neighbours who rated it: the tutorial's list. */
    NEIGHBOURS_MEAN("neighboursMean"),
    /** The summed likeness to the movies the user liked, by who rated them alike. */
    LIKENESS("likeness"),
    /** How strongly the latent factors place the movie among the user's likes. */
    RELEVANCE("relevance"),
    /** "More like this": how much the people who liked the picked movie also liked this one, or shared genres. */
    ALIKE("alike");

    private final String name;

    ScoreKind(String name) {
        this.name = name;
    }

    /** Whether the score is the Votes or Mean column itself, so that its own column would only repeat it. */
    public boolean repeatsAColumn() {
        return this == VOTES || this == MEAN_RATING;
    }

    /** The bundle key of the column's header. */
    public String headerKey() {
        return "results.score." + name;
    }

    /** The bundle key of the header's tooltip, saying what the number is. */
    public String tipKey() {
        return headerKey() + ".tip";
    }
}
