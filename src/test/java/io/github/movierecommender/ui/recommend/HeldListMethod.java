package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.Abilities;
import io.github.movierecommender.recommend.BuildMonitor;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.MethodSettings;
import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.ProfileRecommender;
import io.github.movierecommender.recommend.RecommendationList;
import io.github.movierecommender.recommend.Recommender;
import io.github.movierecommender.recommend.Training;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** For tests of a list being worked out: a registered quick method whose lists wait until the test lets them go. */
final class HeldListMethod implements Method {

    private final Method lists;
    private final CountDownLatch letGo = new CountDownLatch(1);

    HeldListMethod(String registered) {
        this.lists = Methods.named(registered);
    }

    void letGo() {
        letGo.countDown();
    }

    @Override
    public String name() {
        return lists.name();
    }

    @Override
    public Abilities abilities() {
        return lists.abilities();
    }

    @Override
    public Recommender build(Training training, BuildMonitor monitor) {
        Recommender built = lists.build(training, monitor);
        return new Recommender() {
            @Override
            public Method method() {
                return HeldListMethod.this;
            }

            @Override
            public ProfileRecommender forProfile(Profile profile) {
                ProfileRecommender real = built.forProfile(profile);
                return new ProfileRecommender() {
                    @Override
                    public RecommendationList recommend(MethodSettings settings) {
                        try {
                            letGo.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException stopped) {
                            Thread.currentThread().interrupt();
                        }
                        return real.recommend(settings);
                    }

                    @Override
                    public OptionalDouble predict(int movieIndex, MethodSettings settings) {
                        return real.predict(movieIndex, settings);
                    }
                };
            }
        };
    }
}
