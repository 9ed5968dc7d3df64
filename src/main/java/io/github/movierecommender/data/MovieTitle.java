package io.github.movierecommender.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a MovieLens title such as {@code "City of Lost Children, The (Cité des enfants perdus, La) (1995)"}:
 * the year at the end, and a display title with trailing articles moved to the front of the main
 * title and of each alternative title: {@code "The City of Lost Children (La Cité des enfants perdus)"}.
 */
public record MovieTitle(String displayTitle, int year) {

    private static final Pattern TRAILING_YEAR =
            Pattern.compile("\\s*\\((\\d{4})(?:[-–]\\d{0,4})?\\)\\s*$");
    private static final Set<String> ARTICLES = Set.of(
            "The", "A", "An", "Les", "La", "Le", "L'", "Il", "Lo", "I", "Gli", "Das", "Der", "Die",
            "Den", "Det", "De", "Het", "El", "Los", "Las", "Un", "Une", "Una", "O", "Os", "As", "Ett", "En");

    public static MovieTitle parse(String title) {
        String rest = title.strip();
        int year = Movie.NO_YEAR;
        Matcher yearMatch = TRAILING_YEAR.matcher(rest);
        if (yearMatch.find()) {
            year = Integer.parseInt(yearMatch.group(1));
            rest = rest.substring(0, yearMatch.start());
        }
        List<String> parts = splitAlternatives(rest);
        StringBuilder display = new StringBuilder(moveArticle(parts.get(0)));
        for (String alternative : parts.subList(1, parts.size())) {
            display.append(" (").append(moveArticle(alternative)).append(')');
        }
        return new MovieTitle(display.toString(), year);
    }

    /** "Main, The (Alt, La) (a.k.a. X)" → ["Main, The", "Alt, La", "a.k.a. X"]. */
    private static List<String> splitAlternatives(String title) {
        List<String> alternatives = new ArrayList<>();
        String rest = title;
        while (rest.endsWith(")")) {
            int open = matchingOpen(rest);
            if (open <= 0) {
                break;
            }
            alternatives.add(0, rest.substring(open + 1, rest.length() - 1));
            rest = rest.substring(0, open).stripTrailing();
        }
        alternatives.add(0, rest);
        return alternatives;
    }

    private static int matchingOpen(String text) {
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
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
