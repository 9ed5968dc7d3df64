package io.github.movierecommender.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.FxThread;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SplitPaneDividersTest {

    private final ThrowawayPreferences preferences = new ThrowawayPreferences();
    private final AppSettings settings = new AppSettings(preferences.node());

    @BeforeAll
    static void startToolkit() throws Exception {
        FxThread.start();
    }

    @AfterEach
    void removePreferences() throws Exception {
        preferences.close();
    }

    @Test
    void aPaneShowingOnePartForNowKeepsItsSavedDivider() throws Exception {
        SplitPane pane = FxThread.call(() -> {
            SplitPane split = new SplitPane(new Label("list"), new Label("details"));
            split.setId("resultsSplit");
            split.setDividerPositions(0.3);
            return split;
        });
        StackPane root = new StackPane(pane);
        SplitPaneDividers.save(root, settings);

        FxThread.run(() -> pane.getItems().remove(1));
        SplitPaneDividers.save(root, settings);

        assertThat(settings.dividerPositions("resultsSplit")).containsExactly(0.3);
    }
}
