package io.github.movierecommender.overview;

import io.github.movierecommender.overview.DatasetOverview.GenreCount;
import io.github.movierecommender.overview.DatasetOverview.GenreTally;
import io.github.movierecommender.recommend.MovieStats;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The genres counted by movies and by the ratings of their movies, in one pass over the catalogue. */
record GenreTallies(GenreTally byMovies, GenreTally byRatings) {

    private static final Comparator<GenreCount> LARGEST_FIRST =
            Comparator.comparingLong(GenreCount::count).reversed().thenComparing(GenreCount::genre);

    private static final int MOVIES = 0;
    private static final int RATINGS = 1;

    static GenreTallies of(MovieStats stats) {
        Map<String, long[]> counts = new HashMap<>();
        long moviesWithoutGenre = 0;
        long ratingsWithoutGenre = 0;
        for (int m = 0; m < stats.movieCount(); m++) {
            int votes = stats.votes(m);
            if (stats.movie(m).genres().isEmpty()) {
                moviesWithoutGenre++;
                ratingsWithoutGenre += votes;
            }
            for (String genre : stats.movie(m).genres()) {
                long[] tally = counts.computeIfAbsent(genre, name -> new long[2]);
                tally[MOVIES]++;
                tally[RATINGS] += votes;
            }
        }
        return new GenreTallies(new GenreTally(ranked(counts, MOVIES), moviesWithoutGenre),
                new GenreTally(ranked(counts, RATINGS), ratingsWithoutGenre));
    }

    private static List<GenreCount> ranked(Map<String, long[]> counts, int which) {
        return counts.entrySet().stream().map(entry -> new GenreCount(entry.getKey(), entry.getValue()[which]))
                .sorted(LARGEST_FIRST).toList();
    }
}
