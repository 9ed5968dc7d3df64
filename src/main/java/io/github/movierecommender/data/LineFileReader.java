package io.github.movierecommender.data;

import io.github.movierecommender.problem.Problem;
import java.io.IOException;
import java.util.List;

/**
 * Reads a small text file of a release line by line, checking its header and sending each line
 * to a handler; a line the handler rejects is skipped and reported with its number. Every few
 * lines it asks the {@link LoadMonitor} whether the load is cancelled.
 */
final class LineFileReader {

    private static final int LINES_BETWEEN_CHECKS = 1024;
    private static final long BYTES_BETWEEN_CHECKS = 1 << 20;

    /** Takes one line; returns what is wrong with it, or null when it was used. */
    @FunctionalInterface
    interface LineHandler {
        Problem accept(String line, long number);
    }

    /**
     * Takes a line straight from the file's bytes, {@code start} to {@code end} without the line
     * break, when it is of the plain form it knows; false sends the line to the {@link LineHandler}.
     * Saves a String per line on the large files.
     */
    @FunctionalInterface
    interface PlainLineHandler {
        boolean accept(byte[] bytes, int start, int end);
    }

    private static final PlainLineHandler NO_PLAIN_LINES = (bytes, start, end) -> false;

    private final DatasetFiles files;
    private final BadLines badLines;
    private final LoadMonitor monitor;

    LineFileReader(DatasetFiles files, BadLines badLines, LoadMonitor monitor) {
        this.files = files;
        this.badLines = badLines;
        this.monitor = monitor;
    }

    /**
     * {@code expectedHeader} is null for files without a header row. Blank lines at the very end
     * of a file are not counted as bad lines (several releases end that way).
     */
    void read(String name, String expectedHeader, LineHandler handler) throws DatasetException {
        read(name, expectedHeader, NO_PLAIN_LINES, handler);
    }

    /** As {@link #read(String, String, LineHandler)}, offering each line to {@code plain} first. */
    void read(String name, String expectedHeader, PlainLineHandler plain, LineHandler handler)
            throws DatasetException {
        try {
            readLines(name, expectedHeader, plain, handler);
        } catch (ReadFailure e) {
            throw ReadProblem.cannotRead(files.describe(name), e.getCause());
        }
    }

    /**
     * Reads a file the release can do without: when it cannot be read, what was read of it is kept
     * and a warning saying so goes to {@code warnings}.
     */
    void readOptional(String name, String expectedHeader, LineHandler handler, List<Problem> warnings)
            throws DatasetException {
        readOptional(name, expectedHeader, NO_PLAIN_LINES, handler, warnings);
    }

    /** As {@link #readOptional(String, String, LineHandler, List)}, offering each line to {@code plain} first. */
    void readOptional(String name, String expectedHeader, PlainLineHandler plain, LineHandler handler,
                      List<Problem> warnings) throws DatasetException {
        try {
            readLines(name, expectedHeader, plain, handler);
        } catch (ReadFailure e) {
            Problem why = ReadProblem.of(e.getCause());
            warnings.add(e.linesRead == 0 ? Problem.of(DataProblem.OPTIONAL_LEFT_OUT, files.describe(name), why)
                    : Problem.of(DataProblem.OPTIONAL_PARTLY_READ, files.describe(name), why, e.linesRead));
        }
    }

    private void readLines(String name, String expectedHeader, PlainLineHandler plain, LineHandler handler)
            throws DatasetException, ReadFailure {
        String described = files.describe(name);
        TextLines lines = null;
        try (TextLines opened = new TextLines(files.open(name), described)) {
            lines = opened;
            boolean more = lines.advance();
            if (!more) {
                throw new DatasetException(Problem.of(DataProblem.EMPTY_FILE, described));
            }
            if (expectedHeader != null) {
                checkHeader(described, expectedHeader, lines.text());
                more = lines.advance();
            }
            BlankRun blankRun = new BlankRun(described);
            long checkedAtBytes = 0;
            for (; more; more = lines.advance()) {
                long number = lines.number();
                long bytes = lines.bytesConsumed();
                if (number % LINES_BETWEEN_CHECKS == 0 || bytes - checkedAtBytes > BYTES_BETWEEN_CHECKS) {
                    checkedAtBytes = bytes;
                    if (monitor.isCancelled()) {
                        throw new LoadCancelledException();
                    }
                }
                if (plain.accept(lines.bytes(), lines.lineStart(), lines.lineEnd())) {
                    blankRun.end();
                    continue;
                }
                String line = lines.text();
                if (line.isBlank()) {
                    blankRun.add(number);
                    continue;
                }
                blankRun.end();
                Problem problem = handler.accept(line, number);
                if (problem != null) {
                    badLines.add(described, number, problem);
                }
            }
        } catch (IOException e) {
            throw new ReadFailure(e, lines == null ? 0 : lines.number());
        }
    }

    /** Consecutive blank lines, reported as one run once a line that is not blank follows them. */
    private final class BlankRun {
        private final String file;
        private long start;
        private long length;

        BlankRun(String file) {
            this.file = file;
        }

        void add(long number) {
            start = length == 0 ? number : start;
            length++;
        }

        void end() {
            if (length > 0) {
                badLines.addRun(file, start, length, Problem.of(DataProblem.BLANK_LINE));
                length = 0;
            }
        }
    }

    /** Opening or reading the file failed after {@code linesRead} lines. */
    private static final class ReadFailure extends Exception {
        private final long linesRead;

        ReadFailure(IOException cause, long linesRead) {
            super(cause);
            this.linesRead = linesRead;
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private static void checkHeader(String file, String expected, String header) throws DatasetException {
        if (!header.strip().equalsIgnoreCase(expected)) {
            throw new DatasetException(Problem.of(DataProblem.WRONG_HEADER, file, expected, Quote.of(header)));
        }
    }

    /** Parses a MovieLens id: a non-negative whole number. */
    static int parseId(String text) {
        return parseId(text, 0, text.length());
    }

    /** Parses the id between {@code start} and {@code end} of {@code text}, as {@link #parseId(String)}. */
    static int parseId(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end || end - start > 10) {
            return -1;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }
}
