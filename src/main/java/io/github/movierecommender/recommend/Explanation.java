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
}
