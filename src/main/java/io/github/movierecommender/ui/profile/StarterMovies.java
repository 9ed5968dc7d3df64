package io.github.movierecommender.ui.profile;

import io.github.movierecommender.recommend.MovieStats;
import io.github.movierecommender.search.MovieMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Movies a newcomer most likely knows, spread over the genres, to rate first: the most voted movie
 * of each of the most voted genres, topped up with the most voted movies overall.
 */
final class StarterMovies {

    static final int COUNT = 16;
    private static final String NO_GENRES = "(no genres listed)";

    private StarterMovies() {
    }

    static List<MovieMatch> of(MovieStats stats) {
        List<Integer> byVotes = IntStream.range(0, stats.movieCount()).boxed()
                .filter(m -> stats.votes(m) > 0)
                .sorted(Comparator.comparingInt((Integer m) -> -stats.votes(m)).thenComparing(m -> m))
                .toList();
        List<String> genres = stats.genreNames();
        long[] genreVotes = new long[genres.size()];
        for (int m : byVotes) {
            for (int j = 0; j < stats.genreCount(m); j++) {
                genreVotes[stats.genreAt(m, j)] += stats.votes(m);
            }
        }
        List<Integer> topGenres = IntStream.range(0, genres.size()).boxed()
                .filter(genre -> !genres.get(genre).equals(NO_GENRES))
                .sorted(Comparator.comparingLong((Integer genre) -> -genreVotes[genre]))
                .toList();
        Set<Integer> picked = new LinkedHashSet<>();
        for (int genre : topGenres) {
            byVotes.stream().filter(m -> stats.hasGenre(m, genre) && !picked.contains(m)).findFirst()
                    .ifPresent(picked::add);
            if (picked.size() == COUNT) {
                break;
            }
        }
        byVotes.stream().filter(m -> !picked.contains(m)).limit(Math.max(0, COUNT - picked.size()))
                .forEach(picked::add);
        List<MovieMatch> starters = new ArrayList<>(picked.size());
        picked.forEach(m -> starters.add(new MovieMatch(m, stats.movie(m), stats.votes(m))));
        return starters;
    }
}
