package io.github.movierecommender.data;

import io.github.movierecommender.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Parses the purely numeric lines of a ratings file ({@code userId SEP movieId SEP rating SEP
 * timestamp}) straight from bytes, without a String per field: the loader's hot path. A CSV line
 * that uses quotes goes through Commons CSV instead.
 */
final class RatingLineParser {

    private static final int FIELDS = 4;
    private static final byte QUOTE = '"';
    private static final int ESTIMATED_LINE_BYTES = 24;
    private static final int MAX_ID_DIGITS = 10;
    private static final int MAX_TIME_DIGITS = 10;

    private final byte[] separator;
    private final boolean csv;
    private final boolean singleByteSeparator;
    private final String fileName;
    private final int[] fieldStart = new int[FIELDS + 1];
    private final int[] fieldEnd = new int[FIELDS + 1];

    RatingLineParser(String separator, String fileName) {
        this.separator = separator.getBytes(StandardCharsets.US_ASCII);
        this.csv = separator.equals(",");
        this.singleByteSeparator = this.separator.length == 1;
        this.fileName = fileName;
    }

    /** Parses {@code length} bytes into a new block; see {@link #parse(byte[], int, RatingBlock)}. */
    RatingBlock parse(byte[] bytes, int length) {
        RatingBlock block = new RatingBlock(length / ESTIMATED_LINE_BYTES + 16);
        parse(bytes, length, block);
        return block;
    }

    /**
     * Parses every line into {@code block}, emptied first, in one pass: a plain line of digits is
     * read as it is scanned; any other line (blank, quoted, spaced, malformed) goes through
     * {@link #parseLine} for its message.
     */
    void parse(byte[] bytes, int length, RatingBlock block) {
        block.clear();
        block.ensureCapacity(length / ESTIMATED_LINE_BYTES + 16);
        block.bytes = length;
        int lineStart = 0;
        while (lineStart < length) {
            block.lines++;
            int next = parsePlainLine(bytes, lineStart, length, block);
            if (next < 0) {
                int newline = indexOf(bytes, (byte) '\n', lineStart, length);
                int lineEnd = newline < 0 ? length : newline;
                Problem problem = parseLine(bytes, lineStart, trimCarriageReturn(bytes, lineStart, lineEnd), block);
                if (problem != null) {
                    block.badLines.add(fileName, block.lines, problem);
                }
                next = lineEnd + 1;
            }
            lineStart = next;
        }
    }

    /**
     * Reads a line of the form {@code digits SEP digits SEP d[.d] SEP digits} that needs no other
     * check, adds it to the block and returns where the next line starts; or returns -1, having
     * added nothing, for the general path to read the line.
     */
    private int parsePlainLine(byte[] bytes, int start, int length, RatingBlock block) {
        int at = start;
        long userId = 0;
        int digitsEnd = Math.min(length, at + MAX_ID_DIGITS);
        int digit;
        while (at < digitsEnd && (digit = bytes[at] - '0') >= 0 && digit <= 9) {
            userId = userId * 10 + digit;
            at++;
        }
        if (at == start || userId > Integer.MAX_VALUE || (at = skipSeparator(bytes, at, length)) < 0) {
            return -1;
        }
        int movieStart = at;
        long movieId = 0;
        digitsEnd = Math.min(length, at + MAX_ID_DIGITS);
        while (at < digitsEnd && (digit = bytes[at] - '0') >= 0 && digit <= 9) {
            movieId = movieId * 10 + digit;
            at++;
        }
        if (at == movieStart || movieId > Integer.MAX_VALUE || (at = skipSeparator(bytes, at, length)) < 0) {
            return -1;
        }
        if (at >= length || (digit = bytes[at] - '0') < 0 || digit > 5) {
            return -1;
        }
        int halfStars = digit * 2;
        at++;
        if (at + 1 < length && bytes[at] == '.') {
            int tenths = bytes[at + 1] - '0';
            if (tenths != 0 && tenths != 5) {
                return -1;
            }
            halfStars += tenths == 5 ? 1 : 0;
            at += 2;
        }
        if (halfStars < 1 || halfStars > 10 || (at = skipSeparator(bytes, at, length)) < 0) {
            return -1;
        }
        int timeStart = at;
        long time = 0;
        digitsEnd = Math.min(length, at + MAX_TIME_DIGITS);
        while (at < digitsEnd && (digit = bytes[at] - '0') >= 0 && digit <= 9) {
            time = time * 10 + digit;
            at++;
        }
        if (at == timeStart || time > 0xFFFF_FFFFL) {
            return -1;
        }
        int next = lineEnd(bytes, at, length);
        if (next < 0) {
            return -1;
        }
        block.add((int) userId, (int) movieId, halfStars, (int) time);
        return next;
    }

    /** Where the field after the separator at {@code at} starts, or -1 when no separator is there. */
    private int skipSeparator(byte[] bytes, int at, int length) {
        if (singleByteSeparator) {
            return at < length && bytes[at] == separator[0] ? at + 1 : -1;
        }
        if (at + separator.length > length) {
            return -1;
        }
        for (int j = 0; j < separator.length; j++) {
            if (bytes[at + j] != separator[j]) {
                return -1;
            }
        }
        return at + separator.length;
    }

    /** Where the next line starts when the line ends at {@code at} (with or without "\r"), or -1. */
    private static int lineEnd(byte[] bytes, int at, int length) {
        if (at < length && bytes[at] == '\r') {
            at++;
        }
        if (at == length) {
            return length;
        }
        return bytes[at] == '\n' ? at + 1 : -1;
    }

    private static int trimCarriageReturn(byte[] bytes, int start, int end) {
        return end > start && bytes[end - 1] == '\r' ? end - 1 : end;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** Adds the line's rating to the block, or returns what is wrong with the line. */
    private Problem parseLine(byte[] bytes, int start, int end, RatingBlock block) {
        if (isBlank(bytes, start, end)) {
            return Problem.of(DataProblem.BLANK_LINE);
        }
        if (csv && indexOf(bytes, QUOTE, start, end) >= 0) {
            return parseQuotedLine(new String(bytes, start, end - start, StandardCharsets.UTF_8), block);
        }
        int fields = splitFields(bytes, start, end);
        if (fields != FIELDS) {
            return wrongFieldCount(fields);
        }
        return parseFields(bytes, block);
    }

    private Problem parseQuotedLine(String line, RatingBlock block) {
        List<String> fields;
        try {
            fields = CsvLine.fields(line);
        } catch (IllegalArgumentException e) {
            return Problem.of(DataProblem.BROKEN_QUOTING);
        }
        if (fields.size() != FIELDS) {
            return wrongFieldCount(fields.size());
        }
        byte[] unquoted = String.join(",", fields).getBytes(StandardCharsets.UTF_8);
        if (splitFields(unquoted, 0, unquoted.length) != FIELDS) {
            return Problem.of(DataProblem.QUOTED_COMMA);
        }
        return parseFields(unquoted, block);
    }

    private static Problem wrongFieldCount(int found) {
        return Problem.of(DataProblem.FIELD_COUNT, FIELDS, "userId, movieId, rating, timestamp", found);
    }

    private static boolean isBlank(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private int splitFields(byte[] bytes, int start, int end) {
        int fields = 0;
        int fieldBegin = start;
        int i = start;
        while (i <= end - separator.length) {
            if (matchesSeparator(bytes, i)) {
                if (fields < FIELDS) {
                    fieldStart[fields] = fieldBegin;
                    fieldEnd[fields] = i;
                }
                fields++;
                i += separator.length;
                fieldBegin = i;
            } else {
                i++;
            }
        }
        if (fields < FIELDS) {
            fieldStart[fields] = fieldBegin;
            fieldEnd[fields] = end;
        }
        return fields + 1;
    }

    private boolean matchesSeparator(byte[] bytes, int at) {
        for (int j = 0; j < separator.length; j++) {
            if (bytes[at + j] != separator[j]) {
                return false;
            }
        }
        return true;
    }

    private Problem parseFields(byte[] bytes, RatingBlock block) {
        long userId = parseWholeNumber(bytes, fieldStart[0], fieldEnd[0]);
        if (userId < 0 || userId > Integer.MAX_VALUE) {
            return Problem.of(DataProblem.USER_ID, quote(bytes, 0));
        }
        long movieId = parseWholeNumber(bytes, fieldStart[1], fieldEnd[1]);
        if (movieId < 0 || movieId > Integer.MAX_VALUE) {
            return Problem.of(DataProblem.MOVIE_ID, quote(bytes, 1));
        }
        int halfStars = parseHalfStars(bytes, fieldStart[2], fieldEnd[2]);
        if (halfStars == NOT_A_NUMBER) {
            return Problem.of(DataProblem.RATING_NOT_A_NUMBER, quote(bytes, 2));
        }
        if (halfStars == NOT_HALF_STARS) {
            return Problem.of(DataProblem.RATING_NOT_HALF_STARS, quote(bytes, 2));
        }
        if (halfStars < 1 || halfStars > 10) {
            return Problem.of(DataProblem.RATING_OUT_OF_SCALE, quote(bytes, 2));
        }
        long time = parseWholeNumber(bytes, fieldStart[3], fieldEnd[3]);
        if (time < 0 || time > 0xFFFF_FFFFL) {
            return Problem.of(DataProblem.TIMESTAMP, quote(bytes, 3));
        }
        block.add((int) userId, (int) movieId, halfStars, (int) time);
        return null;
    }

    private String quote(byte[] bytes, int field) {
        return Quote.of(new String(bytes, fieldStart[field], fieldEnd[field] - fieldStart[field],
                StandardCharsets.UTF_8).strip());
    }

    /** The number, or -1 when the text is not a non-negative whole number of at most 12 digits. */
    static long parseWholeNumber(byte[] bytes, int start, int end) {
        while (start < end && bytes[start] == ' ') {
            start++;
        }
        while (end > start && bytes[end - 1] == ' ') {
            end--;
        }
        if (start == end || end - start > 12) {
            return -1;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    static final int NOT_A_NUMBER = -1;
    static final int NOT_HALF_STARS = -2;

    /** "4", "4.5", "4.50" → 8, 9, 9; half stars above 10 are returned for the caller to reject. */
    static int parseHalfStars(byte[] bytes, int start, int end) {
        while (start < end && bytes[start] == ' ') {
            start++;
        }
        while (end > start && bytes[end - 1] == ' ') {
            end--;
        }
        boolean negative = start < end && bytes[start] == '-';
        int digitsStart = negative ? start + 1 : start;
        int dot = indexOf(bytes, (byte) '.', digitsStart, end);
        int wholeEnd = dot < 0 ? end : dot;
        long whole = dot == digitsStart ? 0 : parseWholeNumber(bytes, digitsStart, wholeEnd);
        if (whole < 0 || dot == end - 1) {
            return NOT_A_NUMBER;
        }
        int wholeHalfStars = (int) Math.min(whole * 2, 1000);
        int halfStars = dot < 0 ? wholeHalfStars : parseFraction(bytes, dot + 1, end, wholeHalfStars);
        return negative && halfStars >= 0 ? 0 : halfStars;
    }

    private static int parseFraction(byte[] bytes, int start, int end, int wholeHalfStars) {
        int extra = 0;
        for (int i = start; i < end; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return NOT_A_NUMBER;
            }
            if (i == start && digit == 5) {
                extra = 1;
            } else if (digit != 0) {
                return NOT_HALF_STARS;
            }
        }
        return wholeHalfStars + extra;
    }
}
