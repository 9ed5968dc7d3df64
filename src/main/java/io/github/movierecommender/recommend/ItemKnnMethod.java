package io.github.movierecommender.recommend;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@link ItemKnn} as a method: "Because you liked X and Y" lists by RP3β walks from the liked
 * movies; predictions from the most similar rated movies, the baseline standing in where none was
 * rated.
 */
final class ItemKnnMethod implements Method {

    private static final Abilities ABILITIES = new Abilities(true, true, false, Abilities.Fallback.BASELINE, true);

    @Override
    public String name() {
        return "item-knn";
    }

    @Override
    public Abilities abilities() {
        return ABILITIES;
    }

    @Override
    public Recommender build(Training training, BuildMonitor monitor) {
        return new Built(ItemKnn.train(training.dataset(), ItemKnnParams.defaults(), monitor));
    }

    private final class Built implements Recommender {

        private final ItemKnn model;

        Built(ItemKnn model) {
            this.model = model;
        }

        @Override
        public Method method() {
            return ItemKnnMethod.this;
        }

        @Override
        public ProfileRecommender forProfile(Profile profile) {
            return new RankedProfileRecommender(n -> model.recommend(profile, n)) {
                @Override
                public OptionalDouble predict(int movieIndex, MethodSettings settings) {
                    return model.predict(profile, movieIndex);
                }

                @Override
                public OptionalDouble baseline(int movieIndex) {
                    return OptionalDouble.of(model.baseline(profile, movieIndex));
                }

                @Override
                public Optional<WorkedPrediction> work(int movieIndex, MethodSettings settings) {
                    return Optional.of(model.work(profile, movieIndex));
                }
            };
        }
    }
}
