package io.github.movierecommender.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.recommend.EnglishText;
import io.github.movierecommender.recommend.Explanation;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.recommend.Shortfall;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine's explanations and shortfall reasons as the app writes them, in each of its languages. */
class ReasonTextTest {

    /** Names from the data ("X", "Y", "Film") are no words of either language, so only the bundle's words remain. */
    private static final List<Explanation> EXPLANATIONS = List.of(
            new Explanation.Popularity(1234, 4.25),
            new Explanation.DampedPopularity(1234, 4.25, 3.875, 50),
            new Explanation.GenreMatch(List.of("X", "Y"), 1234, 3.75),
            new Explanation.SharedGenres("Film", List.of("X")),
            new Explanation.TutorialSupport(3, 5, 4.5),
            new Explanation.NeighbourSupport(3, 20, 4.5, 4.125),
            new Explanation.BaselineEstimate(3.5, 0.3, -0.455, true),
            new Explanation.BaselineEstimate(3.5, -0.3, 0, false),
            new Explanation.BaselineDeviation(12, 0.4),
            new Explanation.BaselineDeviation(3, -0.25),
            new Explanation.SimilarRaters(20, 4.25, 4.875),
            new Explanation.LikedAlike(List.of("X", "Y")),
            new Explanation.CoRated("Film", 1234),
            new Explanation.AlsoLiked("Film", 1234, 56),
            new Explanation.FactorPull(List.of("X", "Y"), 1234),
            new Explanation.FactorPull(List.of(), 1234),
            new Explanation.Blended(0.625, new Explanation.BaselineDeviation(12, 0.4),
                    new Explanation.FactorPull(List.of("X"), 1234)));
    private static final List<Shortfall> SHORTFALLS = List.of(
            new Shortfall.UnknownGenre("X"),
            new Shortfall.FewUnrated(7, null, 1),
            new Shortfall.FewUnrated(7, "X", 1),
            new Shortfall.FewUnrated(7, null, 50),
            new Shortfall.FewUnrated(7, "X", 50),
            new Shortfall.NoRatingsForTaste(),
            new Shortfall.FewTasteMatches(2, 50),
            new Shortfall.NoGenresToCompare("Film"),
            new Shortfall.FewAlike(2, 50, "Film"),
            new Shortfall.NoRatingsForNeighbours(),
            new Shortfall.TooFewRatingsInCommon(4, 5),
            new Shortfall.TooFewRatingsInCommon(1, 5),
            new Shortfall.NoUserInCommon(5),
            new Shortfall.FewRatedByNeighbours(0, 10, 20, true, false, 30, 5),
            new Shortfall.FewRatedByNeighbours(1, 2, 40, false, false, 30, 5),
            new Shortfall.FewRatedByNeighbours(3, 2, 40, false, true, 30, 5),
            new Shortfall.PredictsOnly("knn-basic"),
            new Shortfall.FewRatedBySimilar(3),
            new Shortfall.FewRatedLeft(3),
            new Shortfall.NoLikedMovies(),
            new Shortfall.FewCoRated(3),
            new Shortfall.NoRatingsForFactors(),
            new Shortfall.NoRatersOf("Film"),
            new Shortfall.FewSharingRaters(2, "Film"),
            new Shortfall.FewMatchFilter(0),
            new Shortfall.FewMatchFilter(3));
    private static final Pattern ENGLISH_WORDS = Pattern.compile("(?i)\\b(the|of|and|or|you|your|movie|movies|rated|"
            + "rate|ratings|users?|votes?|average|only|with|least|lower|raise|minimum|nearest|neighbours|predicted|"
            + "predicts|genres?|taste|matches|because|watched|shares|share|left|no|yet|more|find|must|common|lists|"
            + "makes|has|have|not|are|is|it|for|from|after|adding|to|in|towards|lean|above|support|compare|below|similar|"
            + "liked|like|often|same|people|latent|factor|model|fits|pattern|suggest|stars|nobody|else|places|"
            + "through|raters|co-rated|neighbours)\\b");

    private final ReasonText portuguese = new ReasonText(Messages.forLocale(Locale.forLanguageTag("pt-BR")));
    private final ReasonText english = new ReasonText(Messages.forLocale(Locale.ENGLISH));

    @Test
    void theSamplesCoverEveryKindOfExplanationAndShortfall() {
        assertEquals(permitted(Explanation.class), EXPLANATIONS.stream().map(Object::getClass).collect(Collectors.toSet()));
        assertEquals(permitted(Shortfall.class), SHORTFALLS.stream().map(Object::getClass).collect(Collectors.toSet()));
    }

    @Test
    void brazilianPortugueseLeavesNoEnglishWord() {
        assertAll(Stream.concat(EXPLANATIONS.stream().map(portuguese::of), SHORTFALLS.stream().map(portuguese::of))
                .map(text -> () -> assertThat(ENGLISH_WORDS.matcher(text).find())
                        .as("English left in \"%s\"", text).isFalse()));
    }

    @Test
    void brazilianPortugueseWritesNumbersItsWay() {
        assertEquals("Nota de 1.234 usuários, média 4,3", portuguese.of(EXPLANATIONS.get(0)));
        assertEquals("dê nota a mais 1 filme para encontrar vizinhos: eles precisam ter pelo menos 5 filmes com nota "
                + "em comum com você", portuguese.of(SHORTFALLS.get(10)));
    }

    /** The app in English says what the command line says, rounding a rating half up as it does. */
    @Test
    void theEnglishAppSaysWhatTheCommandLineSays() {
        assertAll(Stream.concat(EXPLANATIONS.stream().map(explanation -> () ->
                                assertEquals(EnglishText.of(explanation), english.of(explanation))),
                SHORTFALLS.stream().map(shortfall -> () -> assertEquals(EnglishText.of(shortfall), english.of(shortfall)))));
    }

    @Test
    void genresAreNamedInTheAppsLanguage() {
        assertEquals("Combina com seu gosto por Comédia, Ficção científica (média 3,8 de 1.234 notas)",
                portuguese.of(new Explanation.GenreMatch(List.of("Comedy", "Sci-Fi"), 1234, 3.75)));
        assertEquals("só restam 7 filmes de Faroeste a que você não deu nota",
                portuguese.of(new Shortfall.FewUnrated(7, "Western", 1)));
        assertEquals("Matches your taste for Comedy, Sci-Fi (average 3.8 from 1,234 ratings)",
                english.of(new Explanation.GenreMatch(List.of("Comedy", "Sci-Fi"), 1234, 3.75)));
    }

    @Test
    void noShortfallIsNoText() {
        assertEquals("", english.of((Shortfall) null));
    }

    @Test
    void everyRegisteredMethodHasANameInEachLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("pt-BR"))) {
            Messages messages = Messages.forLocale(locale);
            for (Method method : Methods.all()) {
                assertThat(messages.bundle().containsKey("method." + method.name())).as(locale + " " + method.name())
                        .isTrue();
            }
        }
    }

    private static Set<Class<?>> permitted(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses()).collect(Collectors.toSet());
    }
}
