package io.github.movierecommender.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Labeled;
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

    /** The text of the first labeled node {@code query} finds. */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
