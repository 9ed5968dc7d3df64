package io.github.movierecommender.recommend;

import java.util.OptionalDouble;

/**
 * {@link MatrixFactorisation} (biased MF by SGD, tuned on an inner split) as a method: predicts
 * every movie; lists by predicted rating times ln(1 + ratings). Each profile keeps its factors.
 */
final class MatrixFactorisationMethod implements Method {

    private static final Abilities ABILITIES = new Abilities(true, true, false, Abilities.Fallback.GLOBAL_MEAN, true);

    @Override
    public String name() {
        return "mf";
    }

    @Override
    public Abilities abilities() {
        return ABILITIES;
    }

    @Override
    public Recommender build(Training training, BuildMonitor monitor) {
        MatrixFactorisation model = MatrixFactorisation.trainTuned(training.dataset(), training.seed(), monitor);
        return new Recommender() {
            @Override
            public Method method() {
                return MatrixFactorisationMethod.this;
            }

            @Override
            public ProfileRecommender forProfile(Profile profile) {
                return new ProfileRecommender() {
                    private MatrixFactorisation.Taste taste;

                    private MatrixFactorisation.Taste taste() {
                        if (taste == null) {
                            taste = model.taste(profile);
                        }
                        return taste;
                    }

                    @Override
                    public RecommendationList recommend(MethodSettings settings) {
                        return model.recommend(taste(), settings.n());
                    }

                    @Override
                    public OptionalDouble predict(int movieIndex, MethodSettings settings) {
                        return OptionalDouble.of(model.predict(taste(), movieIndex));
                    }
                };
            }
        };
    }
}
