package io.github.movierecommender.recommend;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@link NeighbourRecommender} as a method: the tutorial ({@code knn-tutorial}, measure from the
 * settings, Euclidean by default) or the default mode with one measure ({@code knn-pearson} …).
 * Each profile keeps its neighbour scan, so a change of k, n or the minimum support re-aggregates.
 */
final class NeighbourMethod implements Method {

    private static final Abilities ABILITIES = new Abilities(true, true, true, Abilities.Fallback.USER_MEAN);

    private final NeighbourMode mode;
    private final Measure measure;

    private NeighbourMethod(NeighbourMode mode, Measure measure) {
        this.mode = mode;
        this.measure = measure;
    }

    static NeighbourMethod tutorial() {
        return new NeighbourMethod(NeighbourMode.TUTORIAL, null);
    }

    static NeighbourMethod withMeasure(Measure measure) {
        return new NeighbourMethod(NeighbourMode.DEFAULT, measure);
    }

    @Override
    public String name() {
        return mode == NeighbourMode.TUTORIAL ? "knn-tutorial" : "knn-" + measure.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Abilities abilities() {
        return ABILITIES;
    }

    /** The mode's own rules, with what the settings choose. */
    NeighbourParams params(MethodSettings settings) {
        if (mode == NeighbourMode.TUTORIAL) {
            NeighbourParams base = NeighbourParams.tutorial(settings.k(), settings.n());
            return new NeighbourParams(settings.k(), settings.n(), settings.minCommon(),
                    settings.measure() == null ? base.measure() : settings.measure(), mode, base.minSupport(),
                    settings.significance() == null ? base.significanceWeighting() : settings.significance());
        }
        NeighbourParams base = NeighbourParams.defaults(settings.k(), settings.n());
        return new NeighbourParams(settings.k(), settings.n(), settings.minCommon(), measure, mode,
                settings.minSupport(),
                settings.significance() == null ? base.significanceWeighting() : settings.significance());
    }

    @Override
    public Recommender build(Training training, BuildMonitor monitor) {
        NeighbourRecommender neighbours = new NeighbourRecommender(training.stats());
        return new Recommender() {
            @Override
            public Method method() {
                return NeighbourMethod.this;
            }

            @Override
            public ProfileRecommender forProfile(Profile profile) {
                return new ForProfile(neighbours, profile);
            }
        };
    }

    private final class ForProfile implements ProfileRecommender {

        private final NeighbourRecommender neighbours;
        private final Profile profile;
        private Neighbourhood hood;
        private int scans;
        private MethodSettings lastSettings;
        private NeighbourResult lastResult;

        ForProfile(NeighbourRecommender neighbours, Profile profile) {
            this.neighbours = neighbours;
            this.profile = profile;
        }

        private Neighbourhood neighbourhood(NeighbourParams params) {
            if (hood == null || !hood.serves(profile, params)) {
                hood = neighbours.neighbourhood(profile, params);
                scans++;
            }
            return hood;
        }

        private NeighbourResult result(MethodSettings settings) {
            if (!settings.equals(lastSettings)) {
                NeighbourParams params = params(settings);
                lastResult = neighbours.recommend(neighbourhood(params), params);
                lastSettings = settings;
            }
            return lastResult;
        }

        @Override
        public RecommendationList recommend(MethodSettings settings) {
            return result(settings).list();
        }

        /** Not in default mode, whose k widens while the list is short of n. */
        @Override
        public boolean listsNest() {
            return mode == NeighbourMode.TUTORIAL;
        }

        @Override
        public OptionalDouble predict(int movieIndex, MethodSettings settings) {
            NeighbourParams params = params(settings);
            return neighbours.predict(neighbourhood(params), params, movieIndex);
        }

        @Override
        public List<Neighbour> neighbours(MethodSettings settings) {
            return result(settings).neighbours();
        }

        @Override
        public int scans() {
            return scans;
        }

        @Override
        public Optional<NeighbourComparison> compare(int userIndex, MethodSettings settings) {
            return Optional.of(neighbours.compare(profile, userIndex, params(settings)));
        }

        @Override
        public Optional<WorkedPrediction> work(int movieIndex, MethodSettings settings) {
            return Optional.of(neighbours.work(profile, result(settings).neighbours(), params(settings), movieIndex));
        }
    }
}
