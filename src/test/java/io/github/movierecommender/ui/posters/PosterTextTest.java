package io.github.movierecommender.ui.posters;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.ui.i18n.Messages;
import java.util.Locale;
import java.util.Set;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** What a placeholder and a caption say, and their colour, whatever the catalogue holds. */
class PosterTextTest {

    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @Test
    void aCaptionIsTheTitleAndTheYearAndAHugeTitleIsCut() {
        assertThat(PosterFrame.caption(Movie.of(1, "Heat (1995)", Set.of("Crime")), english)).isEqualTo("Heat (1995)");
        assertThat(PosterFrame.caption(Movie.of(2, "Untitled", Set.of()), english)).isEqualTo("Untitled");

        String huge = PosterFrame.caption(Movie.of(3, "x".repeat(1_000_000) + " (1999)", Set.of()), english);

        assertThat(huge).hasSizeLessThan(120).endsWith("… (1999)");
    }

    @Test
    void aMovieTakesTheColourOfItsFirstGenreAlphabetically() {
        Color drama = GenreColours.of(Set.of("Drama"));

        assertThat(GenreColours.of(Set.of("Romance", "Drama"))).isEqualTo(drama);
        assertThat(GenreColours.of(Set.of("Comedy"))).isNotEqualTo(drama);
        assertThat(GenreColours.of(Set.of("Not a MovieLens genre"))).isEqualTo(GenreColours.of(
                Set.of("Not a MovieLens genre")));
        assertThat(GenreColours.of(Set.of())).isNotNull();
    }
}
