package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.recommend.MovieStats;
import io.github.movierecommender.recommend.Recommendation;
import io.github.movierecommender.recommend.RecommendationList;
import io.github.movierecommender.ui.i18n.GenreNames;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Turns the engine's lists into the rows the tables show. */
public final class MovieRows {

    private MovieRows() {
    }

    /** The rows of {@code list}, without predicted ratings. */
    public static RankedList of(RecommendationList list, MovieStats stats, ScoreKind scoreKind) {
        List<RecommendationRow> rows = new ArrayList<>(list.items().size());
        for (Recommendation item : list.items()) {
            rows.add(row(item, rows.size() + 1, stats, scoreKind, OptionalDouble.empty()));
        }
        return new RankedList(rows, list.shortfall(), false);
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
