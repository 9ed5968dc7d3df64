package io.github.movierecommender.recommend;

import java.util.OptionalDouble;

/**
 * {@link ImplicitAls} (Hu–Koren–Volinsky ALS, settings chosen on an inner split of the training
 * ratings) as a method: "Best for you" lists; it predicts no star ratings. {@code als} also prices
 * the movies that top most lists, so the lists spread over more of the catalogue ({@link ListSpread});
 * {@code als-plain} ranks by the factors alone.
 */
final class ImplicitAlsMethod implements Method {

    private static final Abilities ABILITIES = new Abilities(true, false, false, Abilities.Fallback.NONE, true);

    private final String name;
    private final boolean spread;

    private ImplicitAlsMethod(String name, boolean spread) {
        this.name = name;
        this.spread = spread;
    }

    static ImplicitAlsMethod plain() {
        return new ImplicitAlsMethod("als-plain", false);
    }

    static ImplicitAlsMethod spread() {
        return new ImplicitAlsMethod("als", true);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Abilities abilities() {
        return ABILITIES;
    }

    @Override
    public Recommender build(Training training, BuildMonitor monitor) {
        ImplicitAls model = spread
                ? ImplicitAlsTuning.tuneAndTrainSpread(training.dataset(), training.seed(), monitor)
                : ImplicitAlsTuning.tuneAndTrain(training.dataset(), training.seed(), monitor);
        return new Recommender() {
            @Override
            public Method method() {
                return ImplicitAlsMethod.this;
            }

            @Override
            public ProfileRecommender forProfile(Profile profile) {
                return new RankedProfileRecommender(n -> model.recommend(profile, n)) {
                    @Override
                    public OptionalDouble predict(int movieIndex, MethodSettings settings) {
                        return OptionalDouble.empty();
                    }
                };
            }
        };
    }
}
