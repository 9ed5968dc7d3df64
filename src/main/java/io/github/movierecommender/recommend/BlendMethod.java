package io.github.movierecommender.recommend;

import java.util.List;
import java.util.OptionalDouble;

/** {@link Blend} (knn-baseline and mf mixed by least squares on an inner split) as a method: predicts only. */
final class BlendMethod implements Method {

    private static final Abilities ABILITIES = new Abilities(false, true, false, Abilities.Fallback.GLOBAL_MEAN, true);

    @Override
    public String name() {
        return "blend";
    }

    @Override
    public Abilities abilities() {
        return ABILITIES;
    }

    @Override
    public Recommender build(Training training, BuildMonitor monitor) {
        Blend blend = Blend.train(training.dataset(), training.seed(), monitor);
        return new Recommender() {
            @Override
            public Method method() {
                return BlendMethod.this;
            }

            @Override
            public ProfileRecommender forProfile(Profile profile) {
                return new ProfileRecommender() {
                    private KnnBaseline.Neighbours neighbours;
                    private MatrixFactorisation.Taste taste;

                    @Override
                    public RecommendationList recommend(MethodSettings settings) {
                        return new RecommendationList(name(), List.of(), new Shortfall.PredictsOnly(name()));
                    }

                    @Override
                    public OptionalDouble predict(int movieIndex, MethodSettings settings) {
                        if (neighbours == null) {
                            neighbours = blend.neighbours(profile);
                            taste = blend.taste(profile);
                        }
                        return OptionalDouble.of(blend.predict(neighbours, taste, movieIndex));
                    }
                };
            }
        };
    }
}
