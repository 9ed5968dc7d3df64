package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.recommend.MovieStats;
import io.github.movierecommender.recommend.Recommendation;
import io.github.movierecommender.recommend.RecommendationList;
import io.github.movierecommender.ui.i18n.GenreNames;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.IntFunction;

/** Turns the engine's lists into the rows the tables show. */
public final class MovieRows {

    private MovieRows() {
    }

    public static RankedList of(RecommendationList list, MovieStats stats, ScoreKind scoreKind) {
        return of(list, stats, scoreKind, movieIndex -> OptionalDouble.empty());
    }

    /** With each row's predicted rating from {@code predicted}, where there is one. */
    public static RankedList of(RecommendationList list, MovieStats stats, ScoreKind scoreKind,
                                IntFunction<OptionalDouble> predicted) {
        List<RecommendationRow> rows = new ArrayList<>(list.items().size());
        int rank = 1;
        boolean anyPredicted = false;
        for (Recommendation item : list.items()) {
            OptionalDouble prediction = predicted.apply(item.movieIndex());
            anyPredicted |= prediction.isPresent();
            rows.add(row(item, rank++, stats, scoreKind, prediction));
        }
        return new RankedList(rows, list.shortfall(), anyPredicted);
    }

    /** The row of {@code item} at {@code rank}, with the rating predicted for it, if any. */
    public static RecommendationRow row(Recommendation item, int rank, MovieStats stats, ScoreKind scoreKind,
                                        OptionalDouble predicted) {
        Movie movie = item.movie();
        return new RecommendationRow(rank, item.movieIndex(), movie.displayTitle(), movie.year(), genres(movie),
                item.score(), scoreKind, stats.votes(item.movieIndex()), stats.mean(item.movieIndex()),
                item.explanation(), predicted);
    }

    /** The movie's genres in alphabetical order, since the catalogue keeps them as a set. */
    public static String genres(Movie movie) {
        return String.join(GenreNames.SEPARATOR, movie.genres().stream().sorted().toList());
    }
}
