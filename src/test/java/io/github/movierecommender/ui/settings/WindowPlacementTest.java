package io.github.movierecommender.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.FxThread;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private Stage stage;
    private WindowPlacement placement;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxThread.start();
    }

    @AfterEach
    void close() throws Exception {
        FxThread.run(stage::hide);
    }

    private void show() throws Exception {
        FxThread.run(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new Pane(), 300, 200));
            stage.show();
            placement = new WindowPlacement(stage);
        });
    }

    @Test
    void aWindowComesBackWhereItWas() throws Exception {
        show();
        WindowBounds saved = new WindowBounds(100, 50, 700, 500, false);

        FxThread.run(() -> placement.restore(saved));

        assertThat(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false))
                .isEqualTo(saved);
        assertThat(placement.current()).isEqualTo(saved);
    }

    @Test
    void aWindowShownWithBoundsHasThemAndThenRunsWhatWaitsForTheSize() throws Exception {
        WindowBounds wanted = new WindowBounds(20, 30, 900, 600, false);
        double[] sizeSeen = new double[2];

        FxThread.run(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new Pane(), 200, 200));
            placement = new WindowPlacement(stage);
            placement.show(wanted, () -> {
                sizeSeen[0] = stage.getWidth();
                sizeSeen[1] = stage.getHeight();
            });
        });
        FxThread.run(() -> { });

        assertThat(placement.current()).isEqualTo(wanted);
        assertThat(sizeSeen).containsExactly(900, 600);
    }

    @Test
    void aMaximizedWindowKeepsTheBoundsToComeBackTo() throws Exception {
        show();
        WindowBounds normal = new WindowBounds(100, 50, 700, 500, false);
        FxThread.run(() -> placement.restore(normal));

        FxThread.run(() -> stage.setMaximized(true));

        assertThat(placement.current()).isEqualTo(new WindowBounds(100, 50, 700, 500, true));
    }
}
