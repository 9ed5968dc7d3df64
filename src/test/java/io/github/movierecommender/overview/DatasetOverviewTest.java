package io.github.movierecommender.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.overview.DatasetOverview.GenreCount;
import io.github.movierecommender.overview.DatasetOverview.RankedMovie;
import io.github.movierecommender.overview.DatasetOverview.RatingCount;
import io.github.movierecommender.overview.DatasetOverview.YearCount;
import io.github.movierecommender.overview.LogHistogram.Bin;
import io.github.movierecommender.recommend.MovieStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five users with 1, 2, 3, 4 and 8 ratings over nine movies: movie 5 lists no genre, nobody rated
 * movie 9, no rating is 1 or 2 stars, and nobody rated in 2001.
 */
class DatasetOverviewTest {

    private static final String MOVIES = """
            movieId,title,genres
            1,One (2001),Comedy
            2,Two (2002),Comedy|Drama
            3,Three (2003),Drama
            4,Four (2004),Horror
            5,Five (2005),(no genres listed)
            6,Six (2006),Drama
            7,Seven (2007),Comedy
            8,Eight (2008),Horror|Comedy
            9,Nine (2009),Drama
            """;

    /** 946684799 is the last second of 1999, 946684800 the first of 2000, 1009843200 the first of 2002. */
    private static final String RATINGS = """
            userId,movieId,rating,timestamp
            1,1,5.0,946684799
            2,1,4.0,946684800
            2,3,3.5,946684800
            3,1,4.0,946684800
            3,2,4.5,946684800
            3,5,0.5,946684800
            4,1,4.5,946684800
            4,2,4.0,946684800
            4,3,3.0,946684800
            4,4,5.0,946684800
            5,1,5.0,1009843200
            5,2,4.0,1009843200
            5,3,3.0,1009843200
            5,4,4.5,1009843200
            5,5,1.5,1009843200
            5,6,3.5,1009843200
            5,7,4.0,1009843200
            5,8,2.5,1009843200
            """;

    private static final double EPSILON = 1e-9;

    @TempDir
    static Path folder;

    static DatasetOverview overview;

    @BeforeAll
    static void compute() throws Exception {
        Files.writeString(folder.resolve("movies.csv"), MOVIES);
        Files.writeString(folder.resolve("ratings.csv"), RATINGS);
        Dataset dataset = DatasetLoader.load(folder);
        overview = DatasetOverview.of(new MovieStats(dataset), 2);
    }

    @Test
    void countsTheUsersMoviesRatingsAndTheDatesOfTheFirstAndLastRating() {
        assertEquals(5, overview.summary().users());
        assertEquals(9, overview.summary().movies());
        assertEquals(18, overview.summary().ratings());
        assertEquals(LocalDate.of(1999, 12, 31), overview.summary().firstRating());
        assertEquals(LocalDate.of(2002, 1, 1), overview.summary().lastRating());
        assertEquals(1, overview.unratedMovies());
    }

    @Test
    void theRatingDistributionListsOnlyTheStarValuesGiven() {
        assertEquals(List.of(new RatingCount(0.5, 1), new RatingCount(1.5, 1), new RatingCount(2.5, 1),
                new RatingCount(3.0, 2), new RatingCount(3.5, 2), new RatingCount(4.0, 5), new RatingCount(4.5, 3),
                new RatingCount(5.0, 3)), overview.ratingDistribution());
    }

    @Test
    void ratingsPerUserAreBinnedByPowersOfTwoWithTheMedianUser() {
        LogHistogram perUser = overview.ratingsPerUser();

        assertEquals(List.of(new Bin(1, 1, 1), new Bin(2, 3, 2), new Bin(4, 7, 1), new Bin(8, 15, 1)), perUser.bins());
        assertEquals(3.0, perUser.median(), EPSILON);
        assertEquals(1, perUser.medianBin());
        assertEquals(5, perUser.total());
    }

    @Test
    void ratingsPerMovieCountOnlyRatedMoviesAndTheMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        LogHistogram perMovie = overview.ratingsPerMovie();

        // Votes 5, 3, 3, 2, 2, 1, 1, 1: the middle two are 2 and 2.
        assertEquals(List.of(new Bin(1, 1, 3), new Bin(2, 3, 4), new Bin(4, 7, 1)), perMovie.bins());
        assertEquals(2.0, perMovie.median(), EPSILON);
        assertEquals(8, perMovie.total());
    }

    @Test
    void genresAreRankedByMoviesAndByRatingsAndMoviesWithoutAGenreAreCountedApart() {
        assertEquals(List.of(new GenreCount("Comedy", 4), new GenreCount("Drama", 4), new GenreCount("Horror", 2)),
                overview.genresByMovies().genres());
        assertEquals(1, overview.genresByMovies().withoutGenre());
        assertEquals(List.of(new GenreCount("Comedy", 10), new GenreCount("Drama", 7), new GenreCount("Horror", 3)),
                overview.genresByRatings().genres());
        assertEquals(2, overview.genresByRatings().withoutGenre());
    }

    @Test
    void ratingsPerYearRunFromTheFirstYearToTheLastWithEmptyYearsIncluded() {
        assertEquals(List.of(new YearCount(1999, 1), new YearCount(2000, 9), new YearCount(2001, 0),
                new YearCount(2002, 8)), overview.ratingsPerYear());
    }

    @Test
    void mostVotedRanksByVotesThenMean() {
        assertThat(overview.mostVoted()).extracting(movie -> movie.movie().id()).containsExactly(1, 2, 3, 4, 5, 7, 6, 8);
        RankedMovie first = overview.mostVoted().get(0);
        assertEquals(5, first.votes());
        assertEquals(4.5, first.mean(), EPSILON);
    }

    @Test
    void bestRatedRanksByMeanAmongMoviesWithTheMinimumVotes() {
        assertEquals(2, overview.minVotes());
        assertThat(overview.bestRated()).extracting(movie -> movie.movie().id()).containsExactly(4, 1, 2, 3, 5);
        assertEquals(4.75, overview.bestRated().get(0).mean(), EPSILON);
    }
}
