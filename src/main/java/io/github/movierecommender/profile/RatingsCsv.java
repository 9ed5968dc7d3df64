package io.github.movierecommender.profile;

import io.github.movierecommender.data.BadLine;
import io.github.movierecommender.data.CsvLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,12}");
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
     * are no problem. {@link UnreadableFileException} for an empty file or another header.
     */
    static Report read(Path file, Rows rows) throws ProfileException {
        String name = file.toString();
        BadLines badLines = new BadLines();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            checkHeader(name, reader.readLine());
            long lineNumber = 1;
            List<Long> blankLines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    blankLines.add(lineNumber);
                    continue;
                }
                for (long blank : blankLines) {
                    badLines.add(new BadLine(name, blank, "blank line"));
                }
                blankLines.clear();
                String problem = parse(line, rows);
                if (problem != null) {
                    badLines.add(new BadLine(name, lineNumber, problem));
                }
            }
        } catch (NoSuchFileException e) {
            throw new ProfileException(name + ": no such file", e);
        } catch (IOException e) {
            throw new ProfileException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return new Report(badLines.first, badLines.count);
    }

    /** Counts the malformed lines and keeps the first few. */
    private static final class BadLines {
        private final List<BadLine> first = new ArrayList<>();
        private long count;

        void add(BadLine badLine) {
            count++;
            if (first.size() < BAD_LINES_LISTED) {
                first.add(badLine);
            }
        }
    }

    private static void checkHeader(String name, String header) throws UnreadableFileException {
        if (header == null) {
            throw new UnreadableFileException(new BadLine(name, 1, "the file is empty; expected the header '"
                    + HEADER + "'"));
        }
        String found = header.replace("\uFEFF", "").strip();
        if (!found.equalsIgnoreCase(HEADER)) {
            String shown = found.length() > 80 ? found.substring(0, 80) + "…" : found;
            throw new UnreadableFileException(new BadLine(name, 1, "expected the header '" + HEADER
                    + "' but found '" + shown + "'"));
        }
    }

    /** Hands the line's rating to {@code rows}, or returns what is wrong with the line. */
    private static String parse(String line, Rows rows) {
        List<String> fields;
        try {
            fields = CsvLine.fields(line);
        } catch (IllegalArgumentException e) {
            return "broken quoting";
        }
        if (fields.size() != FIELDS) {
            return "expected 4 fields (userId, movieId, rating, timestamp) but found " + fields.size();
        }
        String userId = fields.get(0).strip();
        String movieId = fields.get(1).strip();
        String rating = fields.get(2).strip();
        String timestamp = fields.get(3).strip();
        if (!isId(userId)) {
            return "user id '" + userId + "' is not a whole number";
        }
        if (!isId(movieId)) {
            return "movie id '" + movieId + "' is not a whole number";
        }
        if (rating.isEmpty() || rating.equals(".") || !DECIMAL.matcher(rating).matches()) {
            return "rating '" + rating + "' is not a number";
        }
        BigDecimal halfStars = new BigDecimal(rating).multiply(BigDecimal.valueOf(2));
        if (halfStars.stripTrailingZeros().scale() > 0) {
            return "rating '" + rating + "' is not a multiple of 0.5";
        }
        if (halfStars.compareTo(BigDecimal.ONE) < 0 || halfStars.compareTo(BigDecimal.TEN) > 0) {
            return "rating '" + rating + "' is outside the scale 0.5 to 5";
        }
        if (!WHOLE_NUMBER.matcher(timestamp).matches()) {
            return "timestamp '" + timestamp + "' is not a whole number of seconds";
        }
        rows.row(Integer.parseInt(userId), new ProfileRating(Integer.parseInt(movieId), halfStars.intValue() / 2.0,
                Long.parseLong(timestamp)));
        return null;
    }

    private static boolean isId(String text) {
        return WHOLE_NUMBER.matcher(text).matches() && Long.parseLong(text) <= Integer.MAX_VALUE;
    }

}
