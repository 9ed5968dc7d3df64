package io.github.movierecommender.data;

/**
 * Quotes text read from a file for a message: control and formatting characters are shown
 * escaped (a line break as backslash-n, a tab as backslash-t, others as backslash-u and four hex
 * digits) and anything past {@value #MAX_CHARS} characters is cut, so a broken field can neither
 * hide in a message nor flood it.
 */
public final class Quote {

    private static final int MAX_CHARS = 200;

    private Quote() {
    }

    /** The text between single quotes, escaped and cut. */
    public static String of(String text) {
        return "'" + escaped(text) + "'";
    }

    /** The text escaped and cut to about {@value #MAX_CHARS} characters, saying how long it was. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 16);
        int i = 0;
        while (i < text.length() && out.length() < MAX_CHARS) {
            int c = text.codePointAt(i);
            appendEscaped(out, c);
            i += Character.charCount(c);
        }
        if (i < text.length()) {
            out.append("… (").append(text.length()).append(" characters in all)");
        }
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, int c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (isHidden(c)) {
                    for (char unit : Character.toChars(c)) {
                        out.append(String.format("\\u%04x", (int) unit));
                    }
                } else {
                    out.appendCodePoint(c);
                }
            }
        }
    }

    private static boolean isHidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
