package io.github.movierecommender.data;

import io.github.movierecommender.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a text file, numbered from 1, without line breaks or a byte-order mark. Each line
 * is read as UTF-8; where its bytes are not valid UTF-8 it is read as ISO-8859-1, as the older
 * MovieLens releases are.
 */
final class TextLines implements AutoCloseable {

    static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** No line of a MovieLens file comes near this; a longer one means the file is something else. */
    static final int MAX_LINE_BYTES = 4 << 20;

    private final InputStream in;
    private final String fileName;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private int lineStart;
    private int lineEnd;
    private boolean ended;
    private long number;
    private long bytesConsumed;

    /** {@code fileName} names the file in the message about a line too long. */
    TextLines(InputStream in, String fileName) {
        this.in = in;
        this.fileName = fileName;
    }

    /** The next line, or null at the end of the file. */
    String next() throws IOException, DatasetException {
        return advance() ? text() : null;
    }

    /**
     * Moves to the next line, whose bytes are then {@link #bytes()} from {@link #lineStart()} to
     * {@link #lineEnd()}; false at the end of the file.
     */
    boolean advance() throws IOException, DatasetException {
        int newline = findNewline();
        if (newline < 0 && position == limit) {
            return false;
        }
        int end = newline < 0 ? limit : newline;
        int start = position;
        position = newline < 0 ? limit : newline + 1;
        bytesConsumed += position - start;
        number++;
        if (number == 1 && startsWith(buffer, start, end, BYTE_ORDER_MARK)) {
            start += BYTE_ORDER_MARK.length;
        }
        if (end > start && buffer[end - 1] == '\r') {
            end--;
        }
        lineStart = start;
        lineEnd = end;
        return true;
    }

    /** The current line's bytes; valid until the next {@link #advance()}. */
    byte[] bytes() {
        return buffer;
    }

    int lineStart() {
        return lineStart;
    }

    int lineEnd() {
        return lineEnd;
    }

    /** The current line as text. */
    String text() {
        return decode(lineStart, lineEnd);
    }

    /** Index of the next line break, reading more as needed; -1 when the file ends first. */
    private int findNewline() throws IOException, DatasetException {
        int from = position;
        while (true) {
            for (int i = from; i < limit; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            if (ended) {
                return -1;
            }
            if (limit - position > MAX_LINE_BYTES) {
                throw tooLong(fileName, number + 1);
            }
            from = limit - position;
            fill();
        }
    }

    private void fill() throws IOException {
        int remaining = limit - position;
        if (remaining == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else {
            System.arraycopy(buffer, position, buffer, 0, remaining);
        }
        position = 0;
        limit = remaining;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            ended = true;
        } else {
            limit += read;
        }
    }

    private static boolean startsWith(byte[] bytes, int start, int end, byte[] prefix) {
        return end - start >= prefix.length
                && Arrays.equals(bytes, start, start + prefix.length, prefix, 0, prefix.length);
    }

    private String decode(int start, int end) {
        for (int i = start; i < end; i++) {
            if (buffer[i] < 0) {
                return decodeNonAscii(start, end);
            }
        }
        return new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
    }

    private String decodeNonAscii(int start, int end) {
        try {
            return utf8.decode(ByteBuffer.wrap(buffer, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
        }
    }

    static DatasetException tooLong(String fileName, long line) {
        return new DatasetException(Problem.of(DataProblem.LINE_TOO_LONG, fileName, line, MAX_LINE_BYTES >> 20));
    }

    /** Bytes of the file taken up by the lines returned so far. */
    long bytesConsumed() {
        return bytesConsumed;
    }

    /** Number of the line last returned by {@link #next()}. */
    long number() {
        return number;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
