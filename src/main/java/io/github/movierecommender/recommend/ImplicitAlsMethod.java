package io.github.movierecommender.recommend;

import java.util.OptionalDouble;

/**
 * {@link ImplicitAls} (Hu–Koren–Volinsky ALS, settings chosen on an inner split of the training
 * ratings) as a method: "Best for you" lists; it predicts no star ratings.
 */
final class ImplicitAlsMethod implements Method {

    private static final Abilities ABILITIES = new Abilities(true, false, false, Abilities.Fallback.NONE, true);

    @Override
    public String name() {
        return "als";
    }

    @Override
    public Abilities abilities() {
        return ABILITIES;
    }

    @Override
    public Recommender build(Training training, BuildMonitor monitor) {
        ImplicitAls model = ImplicitAlsTuning.tuneAndTrain(training.dataset(), training.seed(), monitor);
        return new Recommender() {
            @Override
            public Method method() {
                return ImplicitAlsMethod.this;
            }

            @Override
            public ProfileRecommender forProfile(Profile profile) {
                RankedSlices ranked = new RankedSlices(n -> model.recommend(profile, n));
                return new ProfileRecommender() {
                    @Override
                    public RecommendationList recommend(MethodSettings settings) {
                        return ranked.first(settings.n());
                    }

                    @Override
                    public OptionalDouble predict(int movieIndex, MethodSettings settings) {
                        return OptionalDouble.empty();
                    }
                };
            }
        };
    }
}
