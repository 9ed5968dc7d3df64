package io.github.movierecommender.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** For window tests: waiting for the app's background work to show, and reading what a label says. */
public final class WindowSteps {

    private WindowSteps() {
    }

    /** Waits up to 10 seconds, a hang guard, for {@code condition}. */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    /** Shows the main window's tab whose id is {@code tabId}, as a click on its header does. */
    public static void selectTab(FxRobot robot, String tabId) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(tab -> tabId.equals(tab.getId())).findFirst().orElseThrow());
        });
    }

    /** The text of the first labeled node {@code query} finds. */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
