package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.MovieLensSmall;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Properties every list must have, checked for every user of ml-latest-small (skipped without it). */
class RealDatasetPropertiesTest {

    private static final int N = 10;

    static Dataset dataset;
    static Recommenders recommenders;

    @BeforeAll
    static void load() throws Exception {
        dataset = MovieLensSmall.loadOrSkip();
        recommenders = Recommenders.of(dataset);
    }

    private static void forEveryUser(Function<Profile, RecommendationList> method) {
        for (int u = 0; u < dataset.ratings().userCount(); u++) {
            Profile profile = Profile.ofUser(dataset, dataset.ratings().users().idAt(u)).orElseThrow();
            RecommendationList list = method.apply(profile);
            assertThat(list.items()).hasSizeLessThanOrEqualTo(N);
            list.items().forEach(r -> assertThat(profile.hasRated(r.movieIndex())).as(profile + " rated " + r).isFalse());
            if (list.items().size() < N) {
                assertThat(EnglishText.of(list.shortfall())).as(profile + " got a short list").isNotBlank();
            }
            assertEquals(list, method.apply(profile), "same input, same output for " + profile);
        }
    }

    @Test
    void neighbourListsInBothModes() {
        forEveryUser(p -> recommenders.neighbours().recommend(p, NeighbourParams.tutorial(20, N)).list());
        forEveryUser(p -> recommenders.neighbours().recommend(p, NeighbourParams.defaults(20, N)).list());
    }

    @Test
    void popularAndGenreLists() {
        forEveryUser(p -> recommenders.popular().recommend(p, PopularParams.of(PopularRanking.BEST_RATED, N)));
        forEveryUser(p -> recommenders.genre().recommend(p, GenreParams.of(N)));
    }

    @Test
    void theDefaultModeFillsTheListForTypicalUsersWhereTheTutorialOftenCannot() {
        int tutorialFull = 0;
        int defaultFull = 0;
        for (int u = 0; u < dataset.ratings().userCount(); u++) {
            Profile profile = Profile.ofUser(dataset, dataset.ratings().users().idAt(u)).orElseThrow();
            tutorialFull += full(recommenders.neighbours().recommend(profile, NeighbourParams.tutorial(20, N)));
            defaultFull += full(recommenders.neighbours().recommend(profile, NeighbourParams.defaults(20, N)));
        }
        assertThat(defaultFull).isGreaterThan(dataset.ratings().userCount() * 95 / 100).isGreaterThan(tutorialFull);
    }

    private static int full(NeighbourResult result) {
        return result.list().items().size() == N ? 1 : 0;
    }

    @Test
    void theTutorialNeighboursOfUser1BeginWithUser77AtDistanceZero() {
        Profile user1 = Profile.ofUser(dataset, 1).orElseThrow();
        List<Neighbour> nearest = recommenders.neighbours().neighbourhood(user1, NeighbourParams.tutorial(3, N)).nearest(3);

        assertEquals(new Neighbour(77, dataset.ratings().users().indexOf(77), 0.0, 1.0, 6), nearest.get(0));
    }
}
