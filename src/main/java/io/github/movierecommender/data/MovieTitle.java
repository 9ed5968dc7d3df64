package io.github.movierecommender.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Reads a MovieLens title such as {@code "City of Lost Children, The (Cité des enfants perdus, La) (1995)"}:
 * the year at the end, and a display title with trailing articles moved to the front of the main
 * title and of each alternative title: {@code "The City of Lost Children (La Cité des enfants perdus)"}.
 */
public record MovieTitle(String displayTitle, int year) {

    private static final Set<String> ARTICLES = Set.of(
            "The", "A", "An", "Les", "La", "Le", "L'", "Il", "Lo", "I", "Gli", "Das", "Der", "Die",
            "Den", "Det", "De", "Het", "El", "Los", "Las", "Un", "Une", "Una", "O", "Os", "As", "Ett", "En");

    /** Reads the title in time proportional to its length, whatever its characters. */
    public static MovieTitle parse(String title) {
        String rest = title.strip();
        int year = Movie.NO_YEAR;
        int yearStart = trailingYearStart(rest);
        if (yearStart >= 0) {
            year = digitsValue(rest, yearStart + 1, yearStart + 5);
            rest = rest.substring(0, yearStart).stripTrailing();
        }
        if (rest.indexOf(", ") < 0 && !rest.endsWith(")")) {
            return new MovieTitle(rest, year);
        }
        return withArticlesMoved(rest, year);
    }

    /** The title, year taken off, whose main or alternative titles may have an article to move. */
    private static MovieTitle withArticlesMoved(String rest, int year) {
        List<String> parts = splitAlternatives(rest);
        StringBuilder display = new StringBuilder(moveArticle(parts.get(0)));
        for (String alternative : parts.subList(1, parts.size())) {
            display.append(" (").append(moveArticle(alternative)).append(')');
        }
        return new MovieTitle(display.toString(), year);
    }

    /**
     * Where the stripped title's closing "(1995)", "(1995-)", "(1995–2003)" starts, or -1: four
     * digits, then optionally a dash and up to four digits, between parentheses at the very end.
     */
    private static int trailingYearStart(String title) {
        int close = title.length() - 1;
        if (close < 5 || title.charAt(close) != ')') {
            return -1;
        }
        int open = title.lastIndexOf('(', close);
        if (open < 0 || close - open < 5 || !isDigits(title, open + 1, open + 5)) {
            return -1;
        }
        int afterYear = open + 5;
        if (afterYear == close) {
            return open;
        }
        char dash = title.charAt(afterYear);
        boolean endYear = (dash == '-' || dash == '–') && close - afterYear - 1 <= 4
                && isDigits(title, afterYear + 1, close);
        return endYear ? open : -1;
    }

    private static int digitsValue(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** "Main, The (Alt, La) (a.k.a. X)" → ["Main, The", "Alt, La", "a.k.a. X"]. */
    private static List<String> splitAlternatives(String title) {
        List<String> alternatives = new ArrayList<>();
        int end = title.length();
        while (end > 0 && title.charAt(end - 1) == ')') {
            int open = matchingOpen(title, end - 1);
            if (open <= 0) {
                break;
            }
            alternatives.add(title.substring(open + 1, end - 1));
            end = open;
            while (end > 0 && Character.isWhitespace(title.charAt(end - 1))) {
                end--;
            }
        }
        alternatives.add(title.substring(0, end));
        Collections.reverse(alternatives);
        return alternatives;
    }

    /** The index of the '(' that the ')' at {@code close} closes, or -1. */
    private static int matchingOpen(String text, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** "Matrix, The" → "The Matrix", also before a subtitle: "Crow, The: Wicked Prayer". */
    private static String moveArticle(String title) {
        String moved = moveTrailingArticle(title);
        if (moved != null) {
            return moved;
        }
        int colon = title.indexOf(": ");
        String head = colon < 0 ? null : moveTrailingArticle(title.substring(0, colon));
        return head == null ? title : head + title.substring(colon);
    }

    /** The text with its trailing ", Article" moved to the front, or null when it has none. */
    private static String moveTrailingArticle(String text) {
        int comma = text.lastIndexOf(", ");
        if (comma < 0) {
            return null;
        }
        String article = text.substring(comma + 2);
        if (!ARTICLES.contains(article)) {
            return null;
        }
        String separator = article.endsWith("'") ? "" : " ";
        return article + separator + text.substring(0, comma);
    }
}
