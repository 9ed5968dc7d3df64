package io.github.movierecommender.overview;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetSummary;
import io.github.movierecommender.data.Movie;
import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.recommend.MovieStats;
import io.github.movierecommender.recommend.PopularParams;
import io.github.movierecommender.recommend.PopularRanking;
import io.github.movierecommender.recommend.PopularRecommender;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.RecommendationList;
import java.util.Arrays;
import java.util.List;

/**
 * What a dataset holds, as the pictures of a first exploration show it: its counts and dates, how
 * the ratings spread over the star values, the users, the movies, the genres and the years, and
 * the most voted and best rated movies.
 *
 * <p>{@code ratingsPerMovie} counts the movies with at least one rating; {@code bestRated} holds
 * only movies with at least {@code minVotes} ratings.
 */
public record DatasetOverview(DatasetSummary summary, List<RatingCount> ratingDistribution,
                              LogHistogram ratingsPerUser, LogHistogram ratingsPerMovie,
                              GenreTally genresByMovies, GenreTally genresByRatings,
                              List<YearCount> ratingsPerYear, int minVotes, List<RankedMovie> mostVoted,
                              List<RankedMovie> bestRated) {

    /** The most voted and best rated lists hold this many movies, or fewer when there are not as many. */
    public static final int LIST_SIZE = 10;
    /** The popular list's default minimum votes, as in the app. */
    public static final int DEFAULT_MIN_VOTES = PopularParams.DEFAULT_MIN_VOTES;

    /** How many ratings give {@code stars} (0.5 to 5 in half stars). */
    public record RatingCount(double stars, long count) {
    }

    /** How many movies, or ratings of movies, a genre has. */
    public record GenreCount(String genre, long count) {
    }

    /**
     * Genres ranked by count, largest first (ties by name), and the count for movies that list no
     * genre ("(no genres listed)" in the files, or missing from the catalogue), which is no genre
     * and so is not ranked.
     */
    public record GenreTally(List<GenreCount> genres, long withoutGenre) {

        public GenreTally {
            genres = List.copyOf(genres);
        }
    }

    /** How many ratings were given in a calendar year (UTC). */
    public record YearCount(int year, long count) {
    }

    /** A movie of the most voted or best rated list, with its number of ratings and mean rating in stars. */
    public record RankedMovie(int movieIndex, Movie movie, int votes, double mean) {
    }

    public DatasetOverview {
        ratingDistribution = List.copyOf(ratingDistribution);
        ratingsPerYear = List.copyOf(ratingsPerYear);
        mostVoted = List.copyOf(mostVoted);
        bestRated = List.copyOf(bestRated);
    }

    /**
     * The overview of {@code stats}'s dataset; the best rated list needs {@code minVotes} ratings
     * a movie. Visits every rating twice: once for the summary, once for the tallies.
     */
    public static DatasetOverview of(MovieStats stats, int minVotes) {
        return of(stats, stats.dataset().summary(), minVotes);
    }

    /**
     * As above, with the dataset's summary already worked out (as the app keeps it): visits every
     * rating once, on all cores for a large dataset, and every movie and user a few times.
     */
    public static DatasetOverview of(MovieStats stats, DatasetSummary summary, int minVotes) {
        Dataset dataset = stats.dataset();
        RatingTallies ratings = RatingTallies.of(dataset.ratings());
        GenreTallies genres = GenreTallies.of(stats);
        PopularRecommender popular = new PopularRecommender(stats);
        Profile nobody = Profile.of(dataset, List.of());
        RecommendationList mostVoted = popular.recommend(nobody,
                new PopularParams(PopularRanking.MOST_VOTED, 1, LIST_SIZE, null));
        RecommendationList bestRated = popular.recommend(nobody,
                new PopularParams(PopularRanking.BEST_RATED, minVotes, LIST_SIZE, null));
        return new DatasetOverview(summary, ratings.distribution(), perUser(dataset.ratings()), perMovie(stats),
                genres.byMovies(), genres.byRatings(), ratings.years(), minVotes, ranked(mostVoted, stats),
                ranked(bestRated, stats));
    }

    private static LogHistogram perUser(Ratings ratings) {
        int[] counts = new int[ratings.userCount()];
        for (int u = 0; u < counts.length; u++) {
            counts[u] = ratings.userRatingCount(u);
        }
        return LogHistogram.of(counts);
    }

    private static LogHistogram perMovie(MovieStats stats) {
        int[] votes = new int[stats.movieCount()];
        int rated = 0;
        for (int m = 0; m < votes.length; m++) {
            if (stats.votes(m) > 0) {
                votes[rated++] = stats.votes(m);
            }
        }
        return LogHistogram.of(Arrays.copyOf(votes, rated));
    }

    private static List<RankedMovie> ranked(RecommendationList list, MovieStats stats) {
        return list.items().stream().map(item -> new RankedMovie(item.movieIndex(), item.movie(),
                stats.votes(item.movieIndex()), stats.mean(item.movieIndex()))).toList();
    }

    /** Movies of the catalogue that nobody rated. */
    public long unratedMovies() {
        return summary.movies() - ratingsPerMovie.total();
    }
}
