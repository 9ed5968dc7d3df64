package io.github.movierecommender.ui.tour;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The tour's card stays beside what it points at, within the main window. */
class CardPlacementTest {

    private static final Rectangle2D WINDOW = new Rectangle2D(0, 0, 1024, 700);
    private static final double WIDTH = 400;
    private static final double HEIGHT = 300;

    @Test
    void goesBelowATabHeaderAndStaysInTheWindow() {
        Point2D corner = CardPlacement.beside(new Rectangle2D(900, 60, 90, 30), WINDOW, WIDTH, HEIGHT);

        assertThat(corner).isEqualTo(new Point2D(1024 - WIDTH, 90 + CardPlacement.GAP));
    }

    @Test
    void goesRightOfASliderLowInTheLeftPanelWithItsBottomInTheWindow() {
        Point2D corner = CardPlacement.beside(new Rectangle2D(10, 500, 260, 20), WINDOW, WIDTH, HEIGHT);

        assertThat(corner).isEqualTo(new Point2D(270 + CardPlacement.GAP, 700 - HEIGHT));
    }

    @Test
    void goesLeftOfATargetAtTheRightEdgeWithNoRoomBelow() {
        Point2D corner = CardPlacement.beside(new Rectangle2D(800, 300, 200, 380), WINDOW, WIDTH, HEIGHT);

        assertThat(corner).isEqualTo(new Point2D(800 - CardPlacement.GAP - WIDTH, 300));
    }

    @Test
    void takesTheLowerRightCornerWhenTheTargetFillsTheWindow() {
        Point2D corner = CardPlacement.beside(new Rectangle2D(280, 90, 740, 560), WINDOW, WIDTH, HEIGHT);

        assertThat(corner).isEqualTo(new Point2D(1024 - CardPlacement.GAP - WIDTH, 700 - CardPlacement.GAP - HEIGHT));
    }
}
