package io.github.movierecommender.profile;

import io.github.movierecommender.data.BadLine;
import io.github.movierecommender.data.DataProblem;
import io.github.movierecommender.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A profile's list of movies ({@link MovieListKind}) as a CSV file, and what reading it found: a header {@code movieId,timestamp},
 * then one movie a line. Read as the ratings file is: each malformed line reported by number and
 * skipped, a line of {@link RatingsCsv#MAX_LINE_BYTES} or more skipped unread, a file that is
 * empty or has another header no such list at all.
 */
public record MarkedMoviesCsv(List<MarkedMovie> movies, List<BadLine> badLines, long badLineCount) {

    static final String HEADER = "movieId,timestamp";

    private static final int FIELDS = 2;

    public MarkedMoviesCsv {
        movies = List.copyOf(movies);
        badLines = List.copyOf(badLines);
    }

    static String format(Collection<MarkedMovie> movies) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        movies.forEach(movie -> csv.append(movie.movieId()).append(',').append(movie.timestamp()).append('\n'));
        return csv.toString();
    }

    /**
     * The movies of the file, ascending by id, a movie listed twice once (with its later time).
     * {@link UnreadableFileException} for an empty file or another header, {@link ProfileException}
     * when it cannot be read or is no regular file.
     */
    static MarkedMoviesCsv read(Path file) throws ProfileException {
        String name = file.toString();
        RatingsCsv.requireRegularFile(file);
        Map<Integer, MarkedMovie> byMovie = new TreeMap<>();
        List<BadLine> bad = new ArrayList<>();
        long badCount = 0;
        try (InputStream in = Files.newInputStream(file)) {
            BoundedLines reader = new BoundedLines(in, RatingsCsv.MAX_LINE_BYTES);
            CsvFields.checkHeader(name, reader.next(), HEADER);
            long lineNumber = 1;
            for (BoundedLines.Line line = reader.next(); line != null; line = reader.next()) {
                lineNumber++;
                if (!line.cut() && line.text().isBlank()) {
                    continue;
                }
                Problem problem = line.cut() ? Problem.of(ProfileProblem.LINE_TOO_LONG, RatingsCsv.MAX_LINE_BYTES)
                        : parse(line.text(), byMovie);
                if (problem != null) {
                    badCount++;
                    if (bad.size() < RatingsCsv.BAD_LINES_LISTED) {
                        bad.add(new BadLine(name, lineNumber, problem));
                    }
                }
            }
        } catch (NoSuchFileException e) {
            throw new ProfileException(Problem.of(ProfileProblem.NO_SUCH_FILE, name), e);
        } catch (IOException e) {
            throw new ProfileException(Problem.of(ProfileProblem.CANNOT_READ, name, String.valueOf(e.getMessage())), e);
        }
        return new MarkedMoviesCsv(List.copyOf(byMovie.values()), bad, badCount);
    }

    private static Problem parse(String line, Map<Integer, MarkedMovie> byMovie) {
        CsvFields.SplitLine split = CsvFields.split(line, FIELDS, "movieId, timestamp");
        if (split.problem() != null) {
            return split.problem();
        }
        String movieId = split.fields().get(0);
        String timestamp = split.fields().get(1);
        if (!CsvFields.isId(movieId)) {
            return Problem.of(DataProblem.MOVIE_ID, CsvFields.quoted(movieId));
        }
        if (!CsvFields.isWholeNumber(timestamp)) {
            return Problem.of(DataProblem.TIMESTAMP, CsvFields.quoted(timestamp));
        }
        MarkedMovie movie = new MarkedMovie(Integer.parseInt(movieId), Long.parseLong(timestamp));
        byMovie.merge(movie.movieId(), movie, (kept, next) -> next.timestamp() >= kept.timestamp() ? next : kept);
        return null;
    }
}
