package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.data.Dataset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopularAndGenreRecommenderTest {

    private static final double EPSILON = 1e-9;

    @TempDir
    static Path folder;

    static Dataset dataset;
    static Recommenders recommenders;
    static Profile user1;

    @BeforeAll
    static void load() throws Exception {
        dataset = SmallWorld.load(folder);
        recommenders = Recommenders.of(dataset);
        user1 = SmallWorld.user(dataset, 1);
    }

    private static List<Integer> ids(RecommendationList list) {
        return list.items().stream().map(r -> r.movie().id()).toList();
    }

    @Test
    void mostVotedRanksByVotesThenMeanThenMovieIdAndSkipsRatedMovies() {
        RecommendationList list = recommenders.popular().recommend(user1,
                new PopularParams(PopularRanking.MOST_VOTED, 0, 10, null));

        assertEquals(List.of(6, 7, 9, 10, 8), ids(list));
        assertEquals(4, list.items().get(0).support());
        assertThat(EnglishText.of(list.shortfall())).contains("only 5 movies");
    }

    @Test
    void bestRatedNeedsTheMinimumVotesAndBreaksTiesByVotesThenMovieId() {
        RecommendationList list = recommenders.popular().recommend(user1,
                new PopularParams(PopularRanking.BEST_RATED, 2, 10, null));

        assertEquals(List.of(6, 9, 10, 7), ids(list));
        assertEquals(4.25, list.items().get(0).score(), EPSILON);
        assertThat(EnglishText.of(list.shortfall())).contains("with at least 2 votes").contains("lower the minimum votes");
    }

    @Test
    void dampedMeanAddsImaginaryVotesAtTheGlobalMean() {
        MovieStats stats = recommenders.stats();
        double global = stats.globalMean();
        RecommendationList list = recommenders.popular().recommend(user1,
                new PopularParams(PopularRanking.DAMPED_MEAN, 2, 1, null));

        assertEquals(List.of(6), ids(list));
        assertEquals((4.25 * 4 + global * 2) / 6, list.items().get(0).score(), EPSILON);
    }

    @Test
    void popularCanBeRestrictedToAGenre() {
        RecommendationList horror = recommenders.popular().recommend(user1,
                new PopularParams(PopularRanking.MOST_VOTED, 0, 10, "horror"));

        assertEquals(List.of(7, 10), ids(horror));
        assertThat(EnglishText.of(recommenders.popular().recommend(user1,
                new PopularParams(PopularRanking.MOST_VOTED, 0, 10, "Opera")).shortfall()))
                .isEqualTo("no movie has the genre Opera");
    }

    @Test
    void genreTasteIsRelativeToTheProfilesMeanAndShrunk() {
        double[] taste = recommenders.genre().taste(user1);
        MovieStats stats = recommenders.stats();

        assertEquals(3.0 / 5, taste[stats.genreIndex("Comedy")], EPSILON);
        assertEquals(-1.0 / 5, taste[stats.genreIndex("Drama")], EPSILON);
        assertEquals(-2.0 / 4, taste[stats.genreIndex("Horror")], EPSILON);
    }

    @Test
    void aDislikedGenreCountsAgainstAMovieAndTheExplanationNamesTheMatchedGenres() {
        RecommendationList list = recommenders.genre().recommend(user1, new GenreParams(1, 10));

        assertEquals(List.of(6, 9, 10), ids(list));
        assertEquals(0.6, list.items().get(0).score(), EPSILON);
        assertEquals((0.6 - 0.2) / 2, list.items().get(1).score(), EPSILON);
        assertEquals((0.6 - 0.5) / 2, list.items().get(2).score(), EPSILON);
        assertThat(EnglishText.of(list.items().get(1).explanation())).startsWith("Matches your taste for Comedy (");
    }

    @Test
    void anEmptyProfileGetsAReasonInsteadOfAGenreList() {
        RecommendationList list = recommenders.genre().recommend(Profile.of(dataset, List.of()), GenreParams.of(10));

        assertThat(list.items()).isEmpty();
        assertThat(EnglishText.of(list.shortfall())).contains("no ratings yet");
    }

    @Test
    void moreLikeThisRanksBySharedGenresThenQuality() {
        int movie9 = dataset.movies().indexOf(9);
        RecommendationList list = recommenders.genre().moreLikeThis(movie9, user1, new GenreParams(1, 10));

        assertThat(ids(list)).startsWith(6, 8).endsWith(10).doesNotContain(1, 2, 3, 4, 5, 7, 9);
        assertEquals(1.0 / 3, list.items().get(2).score(), EPSILON);
        assertThat(EnglishText.of(list.items().get(0).explanation())).isEqualTo("Shares Comedy with Comedy Drama Nine (2009)");
    }
}
