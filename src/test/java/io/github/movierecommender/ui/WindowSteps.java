package io.github.movierecommender.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** For window tests: waiting for the app's background work to show, and reading what a label says. */
public final class WindowSteps {

    private WindowSteps() {
    }

    /**
     * Waits up to 10 seconds, a hang guard, for {@code condition}, asked on the JavaFX thread: a lookup
     * from the test's thread can walk a list of children as the app changes it, and fail.
     */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFxThread(condition::getAsBoolean));
    }

    /** Shows the main window's tab whose id is {@code tabId}, as a click on its header does. */
    public static void selectTab(FxRobot robot, String tabId) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(tab -> tabId.equals(tab.getId())).findFirst().orElseThrow());
        });
    }

    /**
     * The text of the first labeled node {@code query} finds, looked up on the JavaFX thread: a lookup
     * from the test's thread can walk a list of children as the app changes it, and fail.
     */
    public static String text(FxRobot robot, String query) {
        return onFxThread(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private static <T> T onFxThread(Callable<T> question) {
        try {
            if (Platform.isFxApplicationThread()) {
                return question.call();
            }
            return WaitForAsyncUtils.asyncFx(question).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the JavaFX thread did not answer", e);
        }
    }
}
