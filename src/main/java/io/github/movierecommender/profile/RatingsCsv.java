package io.github.movierecommender.profile;

import io.github.movierecommender.data.BadLine;
import io.github.movierecommender.data.DataProblem;
import io.github.movierecommender.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The MovieLens ratings CSV: a header {@code userId,movieId,rating,timestamp}, then one rating a
 * line. Reading reports each malformed line by number and goes on; a file that is empty or has
 * another header is not a ratings file at all.
 */
final class RatingsCsv {

    static final String HEADER = "userId,movieId,rating,timestamp";
    /** How many malformed lines are listed; all are counted. */
    static final int BAD_LINES_LISTED = 100;
    /** A sound line is some 40 bytes; one of this length or more is no rating. */
    static final int MAX_LINE_BYTES = 1024;

    private static final Pattern DECIMAL = Pattern.compile("\\d{0,12}(\\.\\d{0,12})?");
    private static final int FIELDS = 4;

    /** Receives each sound line, in file order. */
    interface Rows {
        void row(int userId, ProfileRating rating);
    }

    /** The malformed lines: the first {@link #BAD_LINES_LISTED}, and how many in all. */
    record Report(List<BadLine> firstBadLines, long badLineCount) {
    }

    private RatingsCsv() {
    }

    /** Of two ratings of one movie, the one with the later timestamp; {@code next} (the later line) on a tie. */
    static ProfileRating later(ProfileRating kept, ProfileRating next) {
        return next.timestamp() >= kept.timestamp() ? next : kept;
    }

    static String format(int userId, Collection<ProfileRating> ratings) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (ProfileRating rating : ratings) {
            csv.append(userId).append(',').append(rating.movieId()).append(',')
                    .append(String.format(Locale.ROOT, "%.1f", rating.rating())).append(',')
                    .append(rating.timestamp()).append('\n');
        }
        return csv.toString();
    }

    /**
     * Hands each sound line to {@code rows} and reports the others; blank lines at the very end
     * are no problem. Only a regular file is opened: a folder, a device or a named pipe is a
     * {@link ProfileException}, never read. A line longer than {@link #MAX_LINE_BYTES} is a bad
     * line, skipped without being held, so a damaged file of any size is read in little memory.
     * {@link UnreadableFileException} for an empty file or another header.
     */
    static Report read(Path file, Rows rows) throws ProfileException {
        String name = file.toString();
        requireRegularFile(file);
        BadLines badLines = new BadLines();
        try (InputStream in = Files.newInputStream(file)) {
            BoundedLines reader = new BoundedLines(in, MAX_LINE_BYTES);
            CsvFields.checkHeader(name, reader.next(), HEADER);
            long lineNumber = 1;
            long firstBlank = 0;
            long blanks = 0;
            for (BoundedLines.Line line = reader.next(); line != null; line = reader.next()) {
                lineNumber++;
                if (!line.cut() && line.text().isBlank()) {
                    firstBlank = blanks == 0 ? lineNumber : firstBlank;
                    blanks++;
                    continue;
                }
                for (long blank = firstBlank; blank < firstBlank + blanks; blank++) {
                    badLines.add(name, blank, Problem.of(DataProblem.BLANK_LINE));
                }
                blanks = 0;
                Problem problem = line.cut() ? Problem.of(ProfileProblem.LINE_TOO_LONG, MAX_LINE_BYTES)
                        : parse(line.text(), rows);
                if (problem != null) {
                    badLines.add(name, lineNumber, problem);
                }
            }
        } catch (NoSuchFileException e) {
            throw new ProfileException(Problem.of(ProfileProblem.NO_SUCH_FILE, name), e);
        } catch (IOException e) {
            throw new ProfileException(Problem.of(ProfileProblem.CANNOT_READ, name, String.valueOf(e.getMessage())), e);
        }
        return new Report(badLines.first, badLines.count);
    }

    /**
     * Fails unless {@code file} is a regular file (or a link to one): opening a named pipe would
     * wait for a writer for ever, and a device such as /dev/zero never ends.
     */
    static void requireRegularFile(Path file) throws ProfileException {
        if (Files.isRegularFile(file)) {
            return;
        }
        if (!Files.exists(file)) {
            throw new ProfileException(Problem.of(ProfileProblem.NO_SUCH_FILE, file));
        }
        throw new ProfileException(Problem.of(Files.isDirectory(file) ? ProfileProblem.A_FOLDER
                : ProfileProblem.A_SPECIAL_FILE, file));
    }

    /** Counts the malformed lines and keeps the first few. */
    private static final class BadLines {
        private final List<BadLine> first = new ArrayList<>();
        private long count;

        void add(String file, long line, Problem problem) {
            count++;
            if (first.size() < BAD_LINES_LISTED) {
                first.add(new BadLine(file, line, problem));
            }
        }
    }

    /** Hands the line's rating to {@code rows}, or returns what is wrong with the line. */
    private static Problem parse(String line, Rows rows) {
        CsvFields.SplitLine split = CsvFields.split(line, FIELDS, "userId, movieId, rating, timestamp");
        if (split.problem() != null) {
            return split.problem();
        }
        String userId = split.fields().get(0);
        String movieId = split.fields().get(1);
        String rating = split.fields().get(2);
        String timestamp = split.fields().get(3);
        if (!CsvFields.isId(userId)) {
            return Problem.of(DataProblem.USER_ID, CsvFields.quoted(userId));
        }
        if (!CsvFields.isId(movieId)) {
            return Problem.of(DataProblem.MOVIE_ID, CsvFields.quoted(movieId));
        }
        if (rating.isEmpty() || rating.equals(".") || !DECIMAL.matcher(rating).matches()) {
            return Problem.of(DataProblem.RATING_NOT_A_NUMBER, CsvFields.quoted(rating));
        }
        BigDecimal halfStars = new BigDecimal(rating).multiply(BigDecimal.valueOf(2));
        if (halfStars.stripTrailingZeros().scale() > 0) {
            return Problem.of(DataProblem.RATING_NOT_HALF_STARS, CsvFields.quoted(rating));
        }
        if (halfStars.compareTo(BigDecimal.ONE) < 0 || halfStars.compareTo(BigDecimal.TEN) > 0) {
            return Problem.of(DataProblem.RATING_OUT_OF_SCALE, CsvFields.quoted(rating));
        }
        if (!CsvFields.isWholeNumber(timestamp)) {
            return Problem.of(DataProblem.TIMESTAMP, CsvFields.quoted(timestamp));
        }
        rows.row(Integer.parseInt(userId), new ProfileRating(Integer.parseInt(movieId), halfStars.intValue() / 2.0,
                Long.parseLong(timestamp)));
        return null;
    }

}
