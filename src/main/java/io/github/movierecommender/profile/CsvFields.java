package io.github.movierecommender.profile;

import io.github.movierecommender.data.BadLine;
import io.github.movierecommender.problem.Problem;
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
