package io.github.movierecommender.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns titles and queries into comparable words: accents stripped, lower case, punctuation
 * read as a space ("Amélie (Fabuleux destin d'Amélie, Le)" → "amelie fabuleux destin d amelie le").
 */
final class TitleText {

    private static final String APOSTROPHES = "'’ʼ`´";

    private TitleText() {
    }

    /** The words of a text: "Amélie (Fabuleux destin d'Amélie)" → amelie, fabuleux, destin, d, amelie. */
    static List<String> words(String text) {
        return split(normalize(text, false));
    }

    /** The words sorted and joined by spaces: the same for any word order. */
    static String sortedWords(List<String> words) {
        String[] sorted = words.toArray(String[]::new);
        Arrays.sort(sorted);
        return String.join(" ", sorted);
    }

    /** The distinct words of a query, in order. */
    static List<String> queryWords(String query) {
        return List.copyOf(new LinkedHashSet<>(words(query)));
    }

    /**
     * The words a title is found by: its words, where an apostrophe parts words ("d'Amélie" is found
     * by "amelie"), and also each such word joined, so that "dont" finds "Don't Look Now" too.
     */
    static Set<String> indexWords(String title, List<String> words) {
        Set<String> all = new LinkedHashSet<>(words);
        for (int i = 0; i < title.length(); i++) {
            if (APOSTROPHES.indexOf(title.charAt(i)) >= 0) {
                all.addAll(split(normalize(title, true)));
                break;
            }
        }
        return all;
    }

    /**
     * A text as a title filter compares it: accents stripped, lower case, punctuation read as a
     * space, and apostrophes dropped, so that "dont" and "don't" both find "Don't Look Now".
     */
    static String filterForm(String text) {
        return normalize(text, true);
    }

    private static List<String> split(String normalized) {
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }

    private static String normalize(String text, boolean joinApostrophes) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isMark(c) || (joinApostrophes && APOSTROPHES.indexOf(c) >= 0)) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(unaccented(c));
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Letters that keep their stroke or ligature after decomposition. */
    private static String unaccented(char c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            case 'ı' -> "i";
            default -> String.valueOf(c);
        };
    }
}
