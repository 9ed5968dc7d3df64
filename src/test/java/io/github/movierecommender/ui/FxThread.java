package io.github.movierecommender.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs test code on the JavaFX thread, which {@link javafx.concurrent.Task} needs, and waits until
 * the events it posted there have run: a task reports its outcome through them even when its
 * executor runs it on the spot.
 */
public final class FxThread {

    private FxThread() {
    }

    /** Starts the toolkit once per test run; TestFX tests in the same run share it. */
    public static void start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    public static <T> T call(Callable<T> action) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    public static void run(Runnable action) throws Exception {
        call(() -> {
            action.run();
            return null;
        });
    }
}
