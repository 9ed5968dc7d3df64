package io.github.movierecommender.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Makes text from data safe for a terminal: every control character but the line feed, the
 * carriage return (the progress bar's) and the tab is written as a backslash, 'u' and its four hex
 * digits instead (ESC as the text "backslash u001B"), so a title
 * holding ESC, BEL or an OSC sequence cannot clear the screen, retitle the window or ring. Inside
 * a JSON string that form is the character's JSON escape, so JSON output stays valid.
 */
final class InertWriter extends FilterWriter {

    private boolean lineOpen;

    InertWriter(Writer out) {
        super(out);
    }

    private static String escape(char c) {
        return String.format("\\u%04X", (int) c);
    }

    private static boolean isInert(char c) {
        return !Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t';
    }

    @Override
    public void write(int c) throws IOException {
        char character = (char) c;
        if (isInert(character)) {
            out.write(character);
        } else {
            out.write(escape(character));
        }
        lineOpen = character != '\n';
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (!isInert(chars[i])) {
                out.write(chars, start, i - start);
                out.write(escape(chars[i]));
                start = i + 1;
            }
        }
        out.write(chars, start, end - start);
        if (length > 0) {
            lineOpen = chars[end - 1] != '\n';
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.substring(offset, offset + length).toCharArray(), 0, length);
    }

    /** Whether the last character written did not end a line, as a progress bar leaves it. */
    boolean lineOpen() {
        return lineOpen;
    }
}
