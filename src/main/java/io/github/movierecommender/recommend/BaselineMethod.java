package io.github.movierecommender.recommend;

import java.util.List;
import java.util.OptionalDouble;

/** {@link Baseline} (Surprise's BaselineOnly) as a method: predicts μ + b_u + b_i for every movie; makes no list. */
final class BaselineMethod implements Method {

    private static final Abilities ABILITIES = new Abilities(false, true, false, Abilities.Fallback.GLOBAL_MEAN);

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public Abilities abilities() {
        return ABILITIES;
    }

    @Override
    public Recommender build(Training training, BuildMonitor monitor) {
        Baseline baseline = Baseline.train(training.dataset().ratings(), BaselineParams.DEFAULTS, monitor);
        return new Recommender() {
            @Override
            public Method method() {
                return BaselineMethod.this;
            }

            @Override
            public ProfileRecommender forProfile(Profile profile) {
                double userBias = baseline.userBias(profile);
                return new ProfileRecommender() {
                    @Override
                    public RecommendationList recommend(MethodSettings settings) {
                        return new RecommendationList(name(), List.of(), new Shortfall.PredictsOnly(name()));
                    }

                    @Override
                    public OptionalDouble predict(int movieIndex, MethodSettings settings) {
                        return OptionalDouble.of(baseline.predict(userBias, movieIndex));
                    }
                };
            }
        };
    }
}
