package io.github.movierecommender.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class GenreNamesTest {

    private final GenreNames portuguese = new GenreNames(Messages.forLocale(Locale.forLanguageTag("pt-BR")));
    private final GenreNames english = new GenreNames(Messages.forLocale(Locale.ENGLISH));

    @Test
    void everyMovieLensGenreHasAPortugueseName() {
        assertEquals("Comédia", portuguese.of("Comedy"));
        assertEquals("Ficção científica", portuguese.of("Sci-Fi"));
        assertEquals("Filme noir", portuguese.of("Film-Noir"));
        assertEquals("Infantil", portuguese.of("Children's"));
        assertEquals("(sem gêneros)", portuguese.of("(no genres listed)"));
    }

    @Test
    void aMoviesGenresAreSortedInTheLanguageShown() {
        assertEquals("Ação, Comédia, Faroeste", portuguese.list("Action, Comedy, Western"));
        assertEquals("Action, Comedy, Western", english.list("Action, Comedy, Western"));
        assertEquals("", portuguese.list(""));
    }

    @Test
    void aGenreTheAppDoesNotKnowKeepsItsName() {
        assertEquals("Bollywood", portuguese.of("Bollywood"));
    }
}
