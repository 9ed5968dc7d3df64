package io.github.movierecommender.recommend;

/**
 * What a method can do: make lists, predict ratings (and what stands in when it cannot), and
 * whether its results change with the neighbourhood size k; {@code trainsFirst}: its build takes
 * long enough (fitting or tuning on the whole dataset) that the app trains it beside the other
 * work, with progress and a cancel, rather than while a list waits.
 */
public record Abilities(boolean lists, boolean predicts, boolean usesK, Fallback fallback, boolean trainsFirst) {

    /** A method built quickly enough to build while a list waits. */
    public Abilities(boolean lists, boolean predicts, boolean usesK, Fallback fallback) {
        this(lists, predicts, usesK, fallback, false);
    }

    /** What stands in for a prediction the method cannot make. */
    public enum Fallback {
        NONE(""),
        GLOBAL_MEAN("global mean"),
        USER_MEAN("user's mean"),
        /** The method's own μ + b_u + b_i, from {@link ProfileRecommender#baseline}. */
        BASELINE("baseline");

        private final String label;

        Fallback(String label) {
            this.label = label;
        }

        /** The English name the evaluation's rows carry, empty for {@link #NONE}. */
        public String label() {
            return label;
        }

        /**
         * The stand-in rating: the profile's mean (the global mean for an empty profile) or the
         * global mean; for {@link #BASELINE}, ask {@link ProfileRecommender#baseline} instead.
         */
        public double rating(Profile profile, MovieStats stats) {
            return this == USER_MEAN && profile.size() > 0 ? profile.mean() : stats.globalMean();
        }
    }

    public Abilities {
        if (!lists && !predicts) {
            throw new IllegalArgumentException("a method must list or predict");
        }
        if (predicts == (fallback == Fallback.NONE)) {
            throw new IllegalArgumentException("a method that predicts needs a fallback, and only one that predicts");
        }
    }
}
