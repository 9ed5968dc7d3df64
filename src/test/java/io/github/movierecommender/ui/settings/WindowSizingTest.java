package io.github.movierecommender.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowSizingTest {

    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1920, 1050);
    private static final List<Rectangle2D> SCREENS = List.of(SCREEN);

    @Test
    void aFirstStartOpensAtTheDefaultSizeCentredOnTheMainScreen() {
        WindowBounds bounds = WindowSizing.initial(Optional.empty(), SCREEN, SCREENS);

        assertThat(bounds).isEqualTo(new WindowBounds(410, 165, 1100, 720, false));
    }

    @Test
    void theDefaultSizeIsCappedToASmallScreen() {
        Rectangle2D small = new Rectangle2D(0, 0, 1024, 700);

        WindowBounds bounds = WindowSizing.initial(Optional.empty(), small, List.of(small));

        assertThat(bounds).isEqualTo(new WindowBounds(0, 0, 1024, 700, false));
    }

    @Test
    void aSavedWindowComesBackWhereItWasAndAsBig() {
        WindowBounds saved = new WindowBounds(100, 50, 1300, 900, true);

        assertThat(WindowSizing.initial(Optional.of(saved), SCREEN, SCREENS)).isEqualTo(saved);
    }

    @Test
    void aSavedSizeTooSmallToUseGivesWayToTheDefault() {
        WindowBounds tiny = new WindowBounds(100, 50, 200, 200, false);
        WindowBounds narrow = new WindowBounds(100, 50, 700, 900, false);

        assertThat(WindowSizing.initial(Optional.of(tiny), SCREEN, SCREENS).width()).isEqualTo(1100);
        assertThat(WindowSizing.initial(Optional.of(narrow), SCREEN, SCREENS).height()).isEqualTo(720);
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneKeepsItsSizeCentredOnTheMainOne() {
        WindowBounds elsewhere = new WindowBounds(4000, 50, 1000, 700, false);

        assertThat(WindowSizing.initial(Optional.of(elsewhere), SCREEN, SCREENS))
                .isEqualTo(new WindowBounds(460, 175, 1000, 700, false));
    }

    @Test
    void aSavedSizeBiggerThanTheScreenIsCappedToIt() {
        WindowBounds big = new WindowBounds(0, 0, 2500, 1400, false);

        assertThat(WindowSizing.initial(Optional.of(big), SCREEN, SCREENS))
                .isEqualTo(new WindowBounds(0, 0, 1920, 1050, false));
    }

    @Test
    void onAScreenSmallerThanTheMinimumTheWholeScreenIsUsable() {
        Rectangle2D netbook = new Rectangle2D(0, 0, 1024, 540);

        assertThat(WindowSizing.isUsableSize(1024, 540, netbook)).isTrue();
        assertThat(WindowSizing.isUsableSize(200, 200, netbook)).isFalse();
        assertThat(WindowSizing.isUsableSize(799, 600, SCREEN)).isFalse();
    }
}
