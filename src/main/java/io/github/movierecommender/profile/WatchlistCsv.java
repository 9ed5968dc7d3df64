package io.github.movierecommender.profile;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Movie;
import io.github.movierecommender.files.AtomicFile;
import io.github.movierecommender.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;

/**
 * A watchlist to read elsewhere (a spreadsheet, another app): one movie a line with its MovieLens
 * id, title, year (empty when the title has none), genres in alphabetical order as MovieLens writes them ('|' between
 * them) and the day it was added (ISO, UTC). A movie the dataset lacks keeps its id, the rest empty.
 */
public final class WatchlistCsv {

    public static final String HEADER = "movieId,title,year,genres,added";

    private WatchlistCsv() {
    }

    public static String format(List<MarkedMovie> watchlist, Dataset dataset) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (MarkedMovie marked : watchlist) {
            int m = dataset.movies().indexOf(marked.movieId());
            Movie movie = m < 0 ? null : dataset.movies().at(m);
            csv.append(marked.movieId()).append(',')
                    .append(movie == null ? "" : field(movie.displayTitle())).append(',')
                    .append(movie == null || !movie.hasYear() ? "" : String.valueOf(movie.year())).append(',')
                    .append(movie == null ? "" : field(String.join("|", new TreeSet<>(movie.genres())))).append(',')
                    .append(LocalDate.ofInstant(Instant.ofEpochSecond(marked.timestamp()), ZoneOffset.UTC))
                    .append('\n');
        }
        return csv.toString();
    }

    /** Writes the watchlist to {@code target}, replacing it in one step; the message names the file. */
    public static void write(Path target, List<MarkedMovie> watchlist, Dataset dataset) throws ProfileException {
        try {
            AtomicFile.write(target, format(watchlist, dataset));
        } catch (IOException e) {
            throw new ProfileException(Problem.of(ProfileProblem.WATCHLIST_NOT_EXPORTED, target, e.getMessage()), e);
        }
    }

    private static String field(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
