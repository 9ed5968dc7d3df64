package io.github.movierecommender.recommend;

import java.util.List;
import java.util.OptionalDouble;

/** {@link KnnBasic} (Surprise's KNNBasic, MSD) as a method: predicts only; each profile keeps its similarities. */
final class KnnBasicMethod implements Method {

    private static final Abilities ABILITIES = new Abilities(false, true, true, Abilities.Fallback.GLOBAL_MEAN);

    @Override
    public String name() {
        return "knn-basic";
    }

    @Override
    public Abilities abilities() {
        return ABILITIES;
    }

    @Override
    public Recommender build(Training training, BuildMonitor monitor) {
        KnnBasic knnBasic = new KnnBasic(training.dataset().ratings());
        return new Recommender() {
            @Override
            public Method method() {
                return KnnBasicMethod.this;
            }

            @Override
            public ProfileRecommender forProfile(Profile profile) {
                return new ProfileRecommender() {
                    private double[] similarities;

                    @Override
                    public RecommendationList recommend(MethodSettings settings) {
                        return new RecommendationList(name(), List.of(), new Shortfall.PredictsOnly(name()));
                    }

                    @Override
                    public OptionalDouble predict(int movieIndex, MethodSettings settings) {
                        if (similarities == null) {
                            similarities = knnBasic.similarities(profile);
                        }
                        return knnBasic.predict(similarities, movieIndex, settings.k());
                    }
                };
            }
        };
    }
}
