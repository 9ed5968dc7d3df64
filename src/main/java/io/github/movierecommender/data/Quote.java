package io.github.movierecommender.data;

/**
 * Quotes text read from a file for a message: control and formatting characters are shown
 * escaped (a line break as backslash-n, a tab as backslash-t, others as backslash-u and four hex
 * digits, as in Java and JSON) and anything past {@value #MAX_CHARS} characters is cut, so a broken field can neither
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

    /**
     * The whole text on one line with nothing hidden: every control or formatting character, line
     * breaks and tabs included, shown as its escape, so it cannot drive a terminal either.
     */
    public static String inert(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendEscaped(out, text, Integer.MAX_VALUE);
        return out.toString();
    }

    /** The text escaped and cut to about {@value #MAX_CHARS} characters, saying how long it was. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 16);
        int end = appendEscaped(out, text, MAX_CHARS);
        if (end < text.length()) {
            out.append("… (").append(text.length()).append(" characters in all)");
        }
        return out.toString();
    }

    /** Appends escaped characters of {@code text} until {@code out} holds {@code maxChars}; returns where it stopped. */
    private static int appendEscaped(StringBuilder out, String text, int maxChars) {
        int i = 0;
        while (i < text.length() && out.length() < maxChars) {
            int c = text.codePointAt(i);
            appendEscaped(out, c);
            i += Character.charCount(c);
        }
        return i;
    }

    private static void appendEscaped(StringBuilder out, int c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (isHidden(c)) {
                    for (char unit : Character.toChars(c)) {
                        out.append(String.format("\\u%04X", (int) unit));
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
