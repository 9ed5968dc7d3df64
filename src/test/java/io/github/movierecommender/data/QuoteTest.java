package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            plain text              | 'Toy Story'
            accents                 | 'Amélie'
            NUL                     | '3\\u0000'
            line break and tab      | 'a\\nb\\tc'
            escape sequence         | '\\u001B[2J'
            right-to-left override  | 'abc\\u202Edef'
            """)
    void showsHiddenCharactersEscaped(String kind, String expected) {
        String text = switch (kind) {
            case "plain text" -> "Toy Story";
            case "accents" -> "Amélie";
            case "NUL" -> "3\u0000";
            case "line break and tab" -> "a\nb\tc";
            case "escape sequence" -> "\u001B[2J";
            default -> "abc\u202Edef";
        };

        assertEquals(expected, Quote.of(text));
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"200, 200", "201, 200", "10000000, 200"})
    void cutsLongTextSayingHowLongItWas(int length, int kept) {
        String quoted = Quote.of("x".repeat(length));

        String tail = length > kept ? "… (" + length + " characters in all)" : "";
        assertEquals("'" + "x".repeat(kept) + tail + "'", quoted);
    }

    @Test
    void inertTextKeepsItsWholeLengthOnOneLine() {
        String title = "\u001B]0;owned\u0007" + "x".repeat(300) + "\n";

        assertEquals("\\u001B]0;owned\\u0007" + "x".repeat(300) + "\\n", Quote.inert(title));
    }
}
