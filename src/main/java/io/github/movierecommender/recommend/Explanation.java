package io.github.movierecommender.recommend;

import java.util.List;

/**
 * Why a movie was suggested, as numbers and names rather than a sentence: the app writes it in
 * the user's language, the command line in English ({@link EnglishText}). A renderer is a
 * {@link Visitor}, so a new kind of explanation cannot be left unwritten.
 */
public sealed interface Explanation {

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R popularity(Popularity popularity);

        R dampedPopularity(DampedPopularity popularity);

        R genreMatch(GenreMatch match);

        R sharedGenres(SharedGenres shared);

        R tutorialSupport(TutorialSupport support);

        R neighbourSupport(NeighbourSupport support);

        R baselineEstimate(BaselineEstimate estimate);

        R baselineDeviation(BaselineDeviation deviation);

        R similarRaters(SimilarRaters raters);

        R likedAlike(LikedAlike liked);

        R coRated(CoRated coRated);

        R alsoLiked(AlsoLiked liked);

        R factorPull(FactorPull pull);

        R blended(Blended blend);
    }

    /** Rated by {@code votes} users, averaging {@code mean} stars. */
    record Popularity(int votes, double mean) implements Explanation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.popularity(this);
        }
    }

    /** As {@link Popularity}, and the damped mean after adding {@code addedVotes} votes at the global mean. */
    record DampedPopularity(int votes, double mean, double dampedMean, int addedVotes) implements Explanation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dampedPopularity(this);
        }
    }

    /** The movie's genres the profile rates above its own average, favourite first. */
    record GenreMatch(List<String> genres, int votes, double mean) implements Explanation {
        public GenreMatch {
            genres = List.copyOf(genres);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.genreMatch(this);
        }
    }

    /** "More like this": the genres the movie shares with {@code title}. */
    record SharedGenres(String title, List<String> genres) implements Explanation {
        public SharedGenres {
            genres = List.copyOf(genres);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.sharedGenres(this);
        }
    }

    /** The tutorial's rule: {@code raters} of the {@code k} nearest neighbours rated it, averaging {@code mean}. */
    record TutorialSupport(int raters, int k, double mean) implements Explanation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.tutorialSupport(this);
        }
    }

    /** {@code raters} of the {@code k} nearest neighbours rated it, averaging {@code mean}; {@code predicted} for you. */
    record NeighbourSupport(int raters, int k, double mean, double predicted) implements Explanation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.neighbourSupport(this);
        }
    }

    /**
     * The baseline μ + b_u + b_i: the global {@code mean}, how far you rate above it
     * ({@code userOffset}, negative below) and how far the movie is rated above it; a movie nobody
     * rated has {@code movieRated} false.
     */
    record BaselineEstimate(double mean, double userOffset, double movieOffset, boolean movieRated)
            implements Explanation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.baselineEstimate(this);
        }
    }

    /** {@code raters} of your most similar users rated it; the prediction is {@code shift} stars off the baseline. */
    record BaselineDeviation(int raters, double shift) implements Explanation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.baselineDeviation(this);
        }
    }

    /**
     * Per-movie neighbours: the {@code raters} users most similar to you among those who rated it
     * gave it {@code mean} stars on average; {@code predicted} for you.
     */
    record SimilarRaters(int raters, double mean, double predicted) implements Explanation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.similarRaters(this);
        }
    }

    /** "Because you liked X and Y": the liked movies most similar to it, most similar first. */
    record LikedAlike(List<String> titles) implements Explanation {
        public LikedAlike {
            titles = List.copyOf(titles);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.likedAlike(this);
        }
    }

    /** "More like this" by co-ratings: often rated by the same people as {@code title}; it has {@code votes}. */
    record CoRated(String title, int votes) implements Explanation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.coRated(this);
        }
    }

    /**
     * "More like this" by what fans liked: {@code likedBoth} of the {@code fans} users who rated
     * {@code title} at or above their own mean rated this movie so too. Says nothing of the user.
     */
    record AlsoLiked(String title, int fans, int likedBoth) implements Explanation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.alsoLiked(this);
        }
    }

    /**
     * A latent-factor model's reason: the rated movies that pull the movie's score up most,
     * strongest first; none when it only fits the overall pattern of the ratings. {@code votes}: its ratings.
     */
    record FactorPull(List<String> titles, int votes) implements Explanation {
        public FactorPull {
            titles = List.copyOf(titles);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.factorPull(this);
        }
    }

    /** A blend: {@code neighbourShare} (0 to 1) of the weight from the neighbours, the rest from the factors. */
    record Blended(double neighbourShare, Explanation neighbours, Explanation factors) implements Explanation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.blended(this);
        }
    }
}
