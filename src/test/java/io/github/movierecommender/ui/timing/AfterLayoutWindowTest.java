package io.github.movierecommender.ui.timing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.WindowSteps;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AfterLayoutWindowTest {

    private final List<String> ran = new CopyOnWriteArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("laid out"), 200, 100));
        stage.show();
    }

    @Test
    void everyActionRunsAfterTheLayoutEvenWhenOneBeforeItFails(FxRobot robot) throws Exception {
        List<Thread.UncaughtExceptionHandler> handler = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            handler.add(Thread.currentThread().getUncaughtExceptionHandler());
            Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> ran.add("failure: " + error.getMessage()));
            AfterLayout afterLayout = AfterLayout.of(stage);
            afterLayout.run(() -> {
                ran.add("first");
                throw new IllegalStateException("the first action fails");
            });
            afterLayout.run(() -> {
                ran.add("second");
                afterLayout.run(() -> ran.add("at the next pulse"));
            });
        });

        WindowSteps.waitUntil(() -> ran.contains("at the next pulse"));
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(handler.get(0)));

        assertThat(ran).startsWith("first", "second").endsWith("at the next pulse");
    }

    @Test
    void whatWaitsForTheFrameRunsAfterThePulseAfterNextAndWithoutASceneAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> {
            AfterLayout afterLayout = AfterLayout.of(stage);
            afterLayout.run(() -> {
                afterLayout.runOnceShown(() -> ran.add("once shown"));
                afterLayout.run(() -> {
                    ran.add("next pulse");
                    afterLayout.run(() -> ran.add("pulse after"));
                });
            });
            AfterLayout.AT_ONCE.runOnceShown(() -> ran.add("without a window"));
            AfterLayout.of(new Stage()).runOnceShown(() -> ran.add("without a scene"));
        });

        WindowSteps.waitUntil(() -> ran.contains("once shown"));

        assertThat(ran).containsExactly("without a window", "without a scene", "next pulse", "pulse after",
                "once shown");
    }
}
