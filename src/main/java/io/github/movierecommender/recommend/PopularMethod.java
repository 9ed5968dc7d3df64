package io.github.movierecommender.recommend;

import java.util.OptionalDouble;

/** {@link PopularRecommender} as a method: lists by the settings' ranking; predicts a movie's mean rating. */
final class PopularMethod implements Method {

    private static final Abilities ABILITIES = new Abilities(true, true, false, Abilities.Fallback.GLOBAL_MEAN);

    @Override
    public String name() {
        return "popular";
    }

    @Override
    public Abilities abilities() {
        return ABILITIES;
    }

    @Override
    public Recommender build(Training training, BuildMonitor monitor) {
        PopularRecommender popular = new PopularRecommender(training.stats());
        MovieStats stats = training.stats();
        return new Recommender() {
            @Override
            public Method method() {
                return PopularMethod.this;
            }

            @Override
            public ProfileRecommender forProfile(Profile profile) {
                return new ProfileRecommender() {
                    @Override
                    public RecommendationList recommend(MethodSettings settings) {
                        return popular.recommend(profile, new PopularParams(settings.ranking(), settings.minVotes(),
                                settings.n(), settings.genre()));
                    }

                    /** The ranking is a total order, and the count the shortfall names leaves n out. */
                    @Override
                    public boolean listsNest() {
                        return true;
                    }

                    @Override
                    public OptionalDouble predict(int movieIndex, MethodSettings settings) {
                        return stats.votes(movieIndex) == 0 ? OptionalDouble.empty()
                                : OptionalDouble.of(stats.mean(movieIndex));
                    }
                };
            }
        };
    }
}
