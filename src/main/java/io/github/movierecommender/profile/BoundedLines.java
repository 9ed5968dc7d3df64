package io.github.movierecommender.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 lines of a stream, ended by {@code \n}, {@code \r\n} or {@code \r}, each held to at
 * most {@code maxBytes}: the rest of a longer line is skipped as it streams by, so a file of any
 * size, even one without a single line break, is read in constant memory.
 */
final class BoundedLines {

    /** A line without its line break; {@code cut} when it was longer than the bound and is only its start. */
    record Line(String text, boolean cut) {
    }

    private final InputStream in;
    private final byte[] line;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean afterCarriageReturn;

    BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.line = new byte[maxBytes];
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int length = 0;
        boolean cut = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any ? line(length, cut) : null;
            }
            byte b = buffer[position++];
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (b == '\n') {
                    continue;
                }
            }
            if (b == '\n' || b == '\r') {
                afterCarriageReturn = b == '\r';
                return line(length, cut);
            }
            any = true;
            if (length < line.length) {
                line[length++] = b;
            } else {
                cut = true;
            }
        }
    }

    private Line line(int length, boolean cut) {
        return new Line(new String(line, 0, length, StandardCharsets.UTF_8), cut);
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }
}
