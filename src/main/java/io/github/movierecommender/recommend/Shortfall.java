package io.github.movierecommender.recommend;

/**
 * Why a list holds fewer movies than asked, as counts rather than a sentence, with what the user
 * can do about it; written like an {@link Explanation}.
 */
public sealed interface Shortfall {

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R unknownGenre(UnknownGenre shortfall);

        R fewUnrated(FewUnrated shortfall);

        R noRatingsForTaste(NoRatingsForTaste shortfall);

        R fewTasteMatches(FewTasteMatches shortfall);

        R noGenresToCompare(NoGenresToCompare shortfall);

        R fewAlike(FewAlike shortfall);

        R noRatingsForNeighbours(NoRatingsForNeighbours shortfall);

        R tooFewRatingsInCommon(TooFewRatingsInCommon shortfall);

        R noUserInCommon(NoUserInCommon shortfall);

        R fewRatedByNeighbours(FewRatedByNeighbours shortfall);

        R predictsOnly(PredictsOnly shortfall);

        R fewRatedBySimilar(FewRatedBySimilar shortfall);

        R fewRatedLeft(FewRatedLeft shortfall);

        R noLikedMovies(NoLikedMovies shortfall);

        R fewCoRated(FewCoRated shortfall);

        R noRatingsForFactors(NoRatingsForFactors shortfall);

        R noRatersOf(NoRatersOf shortfall);

        R fewSharingRaters(FewSharingRaters shortfall);

        R fewMatchFilter(FewMatchFilter shortfall);
    }

    /** No movie of the dataset has {@code genre}. */
    record UnknownGenre(String genre) implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.unknownGenre(this);
        }
    }

    /**
     * Only {@code eligible} unrated movies (in {@code genre}, null for any) have the minimum votes;
     * {@code minVotes} is 1 when no minimum applies.
     */
    record FewUnrated(int eligible, String genre, int minVotes) implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fewUnrated(this);
        }
    }

    /** An empty profile has no genre taste. */
    record NoRatingsForTaste() implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noRatingsForTaste(this);
        }
    }

    /** Only {@code eligible} unrated movies with {@code minVotes} votes lean towards liked genres. */
    record FewTasteMatches(int eligible, int minVotes) implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fewTasteMatches(this);
        }
    }

    /** "More like this" for a movie without genres. */
    record NoGenresToCompare(String title) implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noGenresToCompare(this);
        }
    }

    /** Only {@code found} other movies with {@code minVotes} votes share a genre with {@code title}. */
    record FewAlike(int found, int minVotes, String title) implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fewAlike(this);
        }
    }

    /** An empty profile has no neighbours. */
    record NoRatingsForNeighbours() implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noRatingsForNeighbours(this);
        }
    }

    /** The profile has {@code have} ratings; a neighbour must share {@code need}. */
    record TooFewRatingsInCommon(int have, int need) implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.tooFewRatingsInCommon(this);
        }
    }

    /** No user rated {@code minCommon} of the profile's movies. */
    record NoUserInCommon(int minCommon) implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noUserInCommon(this);
        }
    }

    /**
     * Only {@code found} unrated movies were rated by at least {@code raters} of the {@code nearest}
     * nearest neighbours. When {@code fewCandidates}, only {@code candidates} users share
     * {@code minCommon} rated movies, fewer than k. {@code tutorial}: the k/2 rule (a lower k asks
     * fewer neighbours to agree), else the minimum support (lower it).
     */
    record FewRatedByNeighbours(int found, int raters, int nearest, boolean tutorial, boolean fewCandidates,
                                int candidates, int minCommon) implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fewRatedByNeighbours(this);
        }
    }

    /** The method predicts ratings and makes no lists. */
    record PredictsOnly(String method) implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.predictsOnly(this);
        }
    }

    /** Only {@code found} unrated movies were rated by users similar to the profile. */
    record FewRatedBySimilar(int found) implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fewRatedBySimilar(this);
        }
    }

    /** Only {@code found} movies with ratings are left that the profile has not rated. */
    record FewRatedLeft(int found) implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fewRatedLeft(this);
        }
    }

    /** No liked movie yet: similar movies are found through the movies the profile likes. */
    record NoLikedMovies() implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noLikedMovies(this);
        }
    }

    /** Only {@code found} unrated movies were rated by the same people as the movies the profile likes. */
    record FewCoRated(int found) implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fewCoRated(this);
        }
    }

    /** An empty profile has no place among a factor model's tastes. */
    record NoRatingsForFactors() implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noRatingsForFactors(this);
        }
    }

    /** "More like this" for a movie nobody rated. */
    record NoRatersOf(String title) implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noRatersOf(this);
        }
    }

    /** Only {@code found} unrated movies share raters with {@code title}. */
    record FewSharingRaters(int found, String title) implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fewSharingRaters(this);
        }
    }

    /**
     * Only {@code found} movies the method could list pass the profile's list filter (a genre,
     * year or title chosen): said by whoever filters the lists, in place of the method's own reason.
     */
    record FewMatchFilter(int found) implements Shortfall {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fewMatchFilter(this);
        }
    }
}
