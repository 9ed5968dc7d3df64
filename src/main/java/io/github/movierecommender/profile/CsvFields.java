package io.github.movierecommender.profile;

import io.github.movierecommender.data.BadLine;
import io.github.movierecommender.data.CsvLine;
import io.github.movierecommender.data.DataProblem;
import io.github.movierecommender.problem.Problem;
import java.util.List;
import java.util.regex.Pattern;

/** What the profile folder's CSV files (ratings, hidden movies, watchlist) check alike: the header and the numbers. */
final class CsvFields {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,12}");
    private static final int SHOWN_LENGTH = 80;

    private CsvFields() {
    }

    /** Fails unless the first line is {@code header} (any case, a byte-order mark ignored). */
    static void checkHeader(String name, BoundedLines.Line line, String header) throws UnreadableFileException {
        if (line == null) {
            throw new UnreadableFileException(new BadLine(name, 1, Problem.of(ProfileProblem.EMPTY_FILE, header)));
        }
        String found = line.text().replace("\uFEFF", "").strip();
        if (line.cut() || !found.equalsIgnoreCase(header)) {
            throw new UnreadableFileException(new BadLine(name, 1, Problem.of(ProfileProblem.WRONG_HEADER, header,
                    quoted(found))));
        }
    }

    /**
     * The line's {@code count} fields, each stripped; or what keeps the line from having them (broken
     * quoting, another number of fields, named by {@code fieldNames} in the message).
     */
    static SplitLine split(String line, int count, String fieldNames) {
        List<String> fields;
        try {
            fields = CsvLine.fields(line);
        } catch (IllegalArgumentException e) {
            return new SplitLine(List.of(), Problem.of(DataProblem.BROKEN_QUOTING));
        }
        if (fields.size() != count) {
            return new SplitLine(List.of(), Problem.of(DataProblem.FIELD_COUNT, count, fieldNames, fields.size()));
        }
        return new SplitLine(fields.stream().map(String::strip).toList(), null);
    }

    /** A line's fields, or the problem that kept it from being split into them. */
    record SplitLine(List<String> fields, Problem problem) {
    }

    /** A field as a message shows it: quoted, and cut after {@value #SHOWN_LENGTH} characters. */
    static String quoted(String text) {
        return "'" + (text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "…" : text) + "'";
    }

    static boolean isWholeNumber(String text) {
        return WHOLE_NUMBER.matcher(text).matches();
    }

    static boolean isId(String text) {
        return isWholeNumber(text) && Long.parseLong(text) <= Integer.MAX_VALUE;
    }
}
