package io.github.movierecommender.overview;

import io.github.movierecommender.overview.DatasetOverview.GenreCount;
import io.github.movierecommender.overview.DatasetOverview.GenreTally;
import io.github.movierecommender.recommend.MovieStats;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The genres counted by movies and by the ratings of their movies, in one pass over the catalogue
 * by the genre indexes {@link MovieStats} keeps for every movie.
 */
record GenreTallies(GenreTally byMovies, GenreTally byRatings) {

    private static final Comparator<GenreCount> LARGEST_FIRST =
            Comparator.comparingLong(GenreCount::count).reversed().thenComparing(GenreCount::genre);

    static GenreTallies of(MovieStats stats) {
        int genres = stats.genreNames().size();
        long[] movies = new long[genres];
        long[] ratings = new long[genres];
        long moviesWithoutGenre = 0;
        long ratingsWithoutGenre = 0;
        for (int m = 0; m < stats.movieCount(); m++) {
            int votes = stats.votes(m);
            if (stats.genreCount(m) == 0) {
                moviesWithoutGenre++;
                ratingsWithoutGenre += votes;
            }
            for (int j = 0; j < stats.genreCount(m); j++) {
                int genre = stats.genreAt(m, j);
                movies[genre]++;
                ratings[genre] += votes;
            }
        }
        return new GenreTallies(new GenreTally(ranked(stats, movies), moviesWithoutGenre),
                new GenreTally(ranked(stats, ratings), ratingsWithoutGenre));
    }

    private static List<GenreCount> ranked(MovieStats stats, long[] counts) {
        return IntStream.range(0, counts.length)
                .mapToObj(genre -> new GenreCount(stats.genreName(genre), counts[genre]))
                .sorted(LARGEST_FIRST).toList();
    }
}
