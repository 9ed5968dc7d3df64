package io.github.movierecommender.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.recommend.GenreParams;
import io.github.movierecommender.recommend.NeighbourParams;
import io.github.movierecommender.recommend.PopularParams;
import io.github.movierecommender.recommend.PopularRanking;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.Recommendation;
import io.github.movierecommender.recommend.RecommendationList;
import io.github.movierecommender.recommend.Recommenders;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo is worth trying: every method gives typical users full, sensible, taste-aware lists. */
class DemoRecommendationsTest {

    private static final int N = 10;
    private static final int MIN_VOTES = 10;

    @TempDir
    static Path folder;

    static Dataset demo;
    static Recommenders recommenders;
    static List<DemoUser> users;
    static Map<Integer, DemoFilm> films = new HashMap<>();

    @BeforeAll
    static void load() throws Exception {
        demo = DatasetLoader.load(DemoData.extractTo(folder));
        recommenders = Recommenders.of(demo);
        DemoDataset generator = new DemoDataset(DemoDataset.DEFAULT_SEED);
        users = generator.users();
        generator.films().forEach(film -> films.put(film.movieId(), film));
    }

    private static Profile profile(DemoUser user) {
        return Profile.ofUser(demo, user.userId()).orElseThrow();
    }

    private static RecommendationList popular(Profile profile, PopularRanking ranking) {
        return recommenders.popular().recommend(profile, new PopularParams(ranking, MIN_VOTES, N, null));
    }

    private static RecommendationList genre(Profile profile) {
        return recommenders.genre().recommend(profile, new GenreParams(MIN_VOTES, N));
    }

    private static RecommendationList neighbours(Profile profile, NeighbourParams params) {
        return recommenders.neighbours().recommend(profile, params).list();
    }

    private static double shareOfUsers(Predicate<DemoUser> test) {
        return users.stream().filter(test).count() / (double) users.size();
    }

    @Test
    void popularGenreAndNeighbourListsAreFullForTypicalUsers() {
        assertThat(shareOfUsers(user -> popular(profile(user), PopularRanking.DAMPED_MEAN).items().size() == N))
                .isEqualTo(1.0);
        assertThat(shareOfUsers(user -> genre(profile(user)).items().size() == N)).isGreaterThanOrEqualTo(0.95);
        assertThat(shareOfUsers(user -> neighbours(profile(user), NeighbourParams.defaults(20, N)).items().size() == N))
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theTutorialsNeighboursFindSomethingForMostUsers() {
        assertThat(shareOfUsers(user -> !neighbours(profile(user), NeighbourParams.tutorial(20, N)).items().isEmpty()))
                .isGreaterThan(0.5);
    }

    @Test
    void thePopularListsPutWidelySeenAndAcclaimedFilmsFirst() {
        Profile nobody = Profile.of(demo, List.of());

        assertThat(films(popular(nobody, PopularRanking.MOST_VOTED))).allSatisfy(film ->
                assertThat(film.popularity()).as(film.title()).isGreaterThanOrEqualTo(4));
        assertThat(films(popular(nobody, PopularRanking.DAMPED_MEAN))).allSatisfy(film ->
                assertThat(film.quality()).as(film.title()).isEqualTo(5));
    }

    @Test
    void usersWhoLoveAGenreGetItRecommendedByGenreFarMoreOftenThanOthers() {
        Map<Integer, RecommendationList> lists = new HashMap<>();
        users.forEach(user -> lists.put(user.userId(), genre(profile(user))));
        for (String genre : DemoFilm.GENRES) {
            List<DemoUser> lovers = users.stream().filter(user -> user.liked().contains(genre)).toList();
            if (lovers.size() < 10) {
                continue;
            }
            List<DemoUser> others = users.stream().filter(user -> !user.liked().contains(genre)).toList();
            Function<DemoUser, Double> share = user -> shareIn(lists.get(user.userId()), Set.of(genre));
            double loversShare = mean(lovers, share);
            double othersShare = mean(others, share);
            assertThat(loversShare).as("%s: lovers %.2f, others %.2f", genre, loversShare, othersShare)
                    .isGreaterThan(0.1).isGreaterThan(2.5 * othersShare);
        }
    }

    @Test
    void neighboursRecommendLikedGenresMoreThanThePopularListDoes() {
        double neighbours = mean(users, user ->
                shareIn(neighbours(profile(user), NeighbourParams.defaults(20, N)), user.liked()));
        double popular = mean(users, user ->
                shareIn(popular(profile(user), PopularRanking.DAMPED_MEAN), user.liked()));

        assertThat(neighbours).as("neighbours %.2f, popular %.2f", neighbours, popular).isGreaterThan(1.5 * popular);
    }

    private static List<DemoFilm> films(RecommendationList list) {
        assertThat(list.items()).hasSize(N);
        return list.items().stream().map(item -> films.get(item.movie().id())).toList();
    }

    /** The share of the list's films that have at least one of the genres. */
    private static double shareIn(RecommendationList list, Set<String> genres) {
        if (list.items().isEmpty()) {
            return 0;
        }
        return list.items().stream().map(Recommendation::movie)
                .filter(movie -> movie.genres().stream().anyMatch(genres::contains)).count()
                / (double) list.items().size();
    }

    private static double mean(List<DemoUser> group, Function<DemoUser, Double> value) {
        return group.stream().mapToDouble(value::apply).average().orElse(0);
    }
}
