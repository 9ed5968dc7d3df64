package io.github.movierecommender.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.data.MovieLensSmall;
import io.github.movierecommender.overview.DatasetOverview.GenreCount;
import io.github.movierecommender.overview.DatasetOverview.RatingCount;
import io.github.movierecommender.overview.DatasetOverview.YearCount;
import io.github.movierecommender.overview.LogHistogram.Bin;
import io.github.movierecommender.recommend.MovieStats;
import java.time.LocalDate;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The overview of the real ml-latest-small, where the build finds it; skipped elsewhere. */
class MovieLensSmallOverviewTest {

    private static DatasetOverview overview;

    @BeforeAll
    static void compute() throws Exception {
        overview = DatasetOverview.of(new MovieStats(MovieLensSmall.loadOrSkip()), DatasetOverview.DEFAULT_MIN_VOTES);
    }

    @Test
    void theCountsAndDatesAreThoseOfTheRelease() {
        assertEquals(610, overview.summary().users());
        assertEquals(100_836, overview.summary().ratings());
        assertEquals(LocalDate.of(1996, 3, 29), overview.summary().firstRating());
        assertEquals(LocalDate.of(2018, 9, 24), overview.summary().lastRating());
        assertEquals(18, overview.unratedMovies());
    }

    @Test
    void fourStarsIsTheMostCommonRatingAndEveryHalfStarIsGiven() {
        assertThat(overview.ratingDistribution()).hasSize(10);
        assertEquals(new RatingCount(4.0, 26_818),
                overview.ratingDistribution().stream().max(Comparator.comparingLong(RatingCount::count)).orElseThrow());
        assertEquals(overview.summary().ratings(),
                overview.ratingDistribution().stream().mapToLong(RatingCount::count).sum());
    }

    @Test
    void everyUserRatedAtLeastTwentyMoviesAndTheMedianUserSeventyAndAHalf() {
        LogHistogram perUser = overview.ratingsPerUser();

        assertThat(perUser.bins()).first().isEqualTo(new Bin(1, 1, 0));
        assertEquals(new Bin(16, 31, 119), perUser.bins().get(4));
        assertEquals(new Bin(2048, 4095, 3), perUser.bins().get(perUser.bins().size() - 1));
        assertEquals(70.5, perUser.median());
        assertEquals(new Bin(64, 127, 123), perUser.bins().get(perUser.medianBin()));
    }

    @Test
    void theMedianMovieHasThreeRatingsAndTheMostVotedForrestGump329() {
        assertEquals(3.0, overview.ratingsPerMovie().median());
        assertEquals(new Bin(1, 1, 3_446), overview.ratingsPerMovie().bins().get(0));
        assertEquals(9_724, overview.ratingsPerMovie().total());
        assertEquals("Forrest Gump", overview.mostVoted().get(0).movie().displayTitle());
        assertEquals(329, overview.mostVoted().get(0).votes());
        assertThat(overview.mostVoted()).hasSize(10);
    }

    @Test
    void dramaHasTheMostMoviesAndRatingsAnd34MoviesListNoGenre() {
        assertEquals(new GenreCount("Drama", 4_361), overview.genresByMovies().genres().get(0));
        assertEquals(new GenreCount("Drama", 41_928), overview.genresByRatings().genres().get(0));
        assertEquals(34, overview.genresByMovies().withoutGenre());
        assertEquals(47, overview.genresByRatings().withoutGenre());
        assertThat(overview.genresByMovies().genres()).hasSize(19);
    }

    @Test
    void theRatingsSpanTheYears1996To2018With2000TheBusiest() {
        assertThat(overview.ratingsPerYear()).hasSize(23).startsWith(new YearCount(1996, 6_040));
        assertEquals(new YearCount(2000, 10_061),
                overview.ratingsPerYear().stream().max(Comparator.comparingLong(YearCount::count)).orElseThrow());
        assertEquals(overview.summary().ratings(), overview.ratingsPerYear().stream().mapToLong(YearCount::count).sum());
    }

    @Test
    void theBestRatedWithFiftyVotesBeginWithTheShawshankRedemption() {
        assertThat(overview.bestRated()).hasSize(10)
                .allSatisfy(movie -> assertThat(movie.votes()).isGreaterThanOrEqualTo(50));
        assertEquals("The Shawshank Redemption", overview.bestRated().get(0).movie().displayTitle());
        assertThat(overview.bestRated().get(0).mean()).isCloseTo(4.429, within(0.001));
    }
}
