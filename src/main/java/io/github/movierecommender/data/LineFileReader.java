package io.github.movierecommender.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a small text file of a release line by line, checking its header and sending each line
 * to a handler; a line the handler rejects is skipped and reported with its number.
 */
final class LineFileReader {

    /** Takes one line; returns what is wrong with it, or null when it was used. */
    @FunctionalInterface
    interface LineHandler {
        String accept(String line, long number);
    }

    private final DatasetFiles files;
    private final BadLines badLines;

    LineFileReader(DatasetFiles files, BadLines badLines) {
        this.files = files;
        this.badLines = badLines;
    }

    /**
     * {@code expectedHeader} is null for files without a header row. Blank lines at the very end
     * of a file are not counted as bad lines (several releases end that way).
     */
    void read(String name, String expectedHeader, LineHandler handler) throws DatasetException {
        String described = files.describe(name);
        try (TextLines lines = new TextLines(files.open(name))) {
            String line = lines.next();
            if (line == null) {
                throw new DatasetException(described + ": the file is empty");
            }
            if (expectedHeader != null) {
                checkHeader(described, expectedHeader, line);
                line = lines.next();
            }
            List<Long> blankLines = new ArrayList<>();
            for (; line != null; line = lines.next()) {
                if (line.isBlank()) {
                    blankLines.add(lines.number());
                    continue;
                }
                blankLines.forEach(number -> badLines.add(described, number, "blank line"));
                blankLines.clear();
                String problem = handler.accept(line, lines.number());
                if (problem != null) {
                    badLines.add(described, lines.number(), problem);
                }
            }
        } catch (IOException e) {
            throw new DatasetException(described + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static void checkHeader(String file, String expected, String header) throws DatasetException {
        if (!header.strip().equalsIgnoreCase(expected)) {
            String found = header.length() > 80 ? header.substring(0, 80) + "…" : header;
            throw new DatasetException(file + ", line 1: expected the header '" + expected
                    + "' but found '" + found + "'");
        }
    }

    /** Parses a MovieLens id: a non-negative whole number. */
    static int parseId(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        long value = Long.parseLong(digits);
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }
}
