package io.github.movierecommender.recommend;

import java.util.OptionalDouble;

/** {@link GenreRecommender} as a method: lists only. */
final class GenreMethod implements Method {

    private static final Abilities ABILITIES = new Abilities(true, false, false, Abilities.Fallback.NONE);

    @Override
    public String name() {
        return "genre";
    }

    @Override
    public Abilities abilities() {
        return ABILITIES;
    }

    @Override
    public Recommender build(Training training, BuildMonitor monitor) {
        GenreRecommender genre = new GenreRecommender(training.stats());
        return new Recommender() {
            @Override
            public Method method() {
                return GenreMethod.this;
            }

            @Override
            public ProfileRecommender forProfile(Profile profile) {
                return new ProfileRecommender() {
                    @Override
                    public RecommendationList recommend(MethodSettings settings) {
                        return genre.recommend(profile, new GenreParams(settings.minVotes(), settings.n()));
                    }

                    /** The ranking is a total order, and the count the shortfall names leaves n out. */
                    @Override
                    public boolean listsNest() {
                        return true;
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
