package io.github.movierecommender.recommend;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@link KnnBaseline} as a method: per-movie user neighbourhoods on baseline deviations, the prior
 * chosen on an inner split of the training ratings; lists by similarity times stars; where no
 * similar user rated a movie, the baseline stands in. Each profile keeps its similarities.
 */
final class KnnBaselineMethod implements Method {

    private static final Abilities ABILITIES = new Abilities(true, true, true, Abilities.Fallback.BASELINE, true);

    @Override
    public String name() {
        return "knn-baseline";
    }

    @Override
    public Abilities abilities() {
        return ABILITIES;
    }

    @Override
    public Recommender build(Training training, BuildMonitor monitor) {
        KnnBaseline model = KnnBaseline.trainTuned(training.dataset(), BaselineParams.DEFAULTS, training.seed(),
                monitor);
        return new Recommender() {
            @Override
            public Method method() {
                return KnnBaselineMethod.this;
            }

            @Override
            public ProfileRecommender forProfile(Profile profile) {
                return new ProfileRecommender() {
                    private KnnBaseline.Neighbours neighbours;
                    private int scans;

                    private KnnBaseline.Neighbours neighbours() {
                        if (neighbours == null) {
                            neighbours = model.neighbours(profile);
                            scans++;
                        }
                        return neighbours;
                    }

                    @Override
                    public RecommendationList recommend(MethodSettings settings) {
                        return model.recommend(neighbours(), settings.k(), settings.n());
                    }

                    /** The list is the top n by each movie's k nearest raters, ties by index, however early it settles. */
                    @Override
                    public boolean listsNest() {
                        return true;
                    }

                    @Override
                    public OptionalDouble predict(int movieIndex, MethodSettings settings) {
                        return model.predict(neighbours(), movieIndex, settings.k());
                    }

                    @Override
                    public OptionalDouble baseline(int movieIndex) {
                        return OptionalDouble.of(model.baselinePrediction(neighbours(), movieIndex));
                    }

                    @Override
                    public List<Neighbour> neighbours(MethodSettings settings) {
                        return model.nearest(neighbours(), settings.k());
                    }

                    @Override
                    public int scans() {
                        return scans;
                    }

                    @Override
                    public Optional<NeighbourComparison> compare(int userIndex, MethodSettings settings) {
                        return Optional.of(model.compare(neighbours(), userIndex));
                    }

                    @Override
                    public Optional<WorkedPrediction> work(int movieIndex, MethodSettings settings) {
                        return Optional.of(model.work(neighbours(), movieIndex, settings.k()));
                    }
                };
            }
        };
    }
}
