package io.github.movierecommender.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class QuietAtShutdownTest {

    /** Fails on a thread with the handler, at once or once the JVM shuts down, as its argument says. */
    public static void main(String[] args) throws InterruptedException {
        CountDownLatch shutdown = new CountDownLatch(1);
        Thread failing = new Thread(() -> {
            try {
                if (args[0].equals("at-shutdown")) {
                    shutdown.await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the renderer is gone");
        });
        QuietAtShutdown.install(failing);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shutdown.countDown();
            try {
                failing.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        failing.start();
        if (args[0].equals("at-once")) {
            failing.join();
        }
        System.exit(0);
    }

    private static String errorsOf(String when) throws IOException, InterruptedException {
        Process child = ChildJvm.command(List.of(ChildJvm.BRIEF), QuietAtShutdownTest.class, when)
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        child.waitFor();
        return output;
    }

    @Test
    void anAppStartedAgainOnTheSameThreadWrapsItsHandlerOnce() {
        Thread thread = new Thread(() -> { });
        Thread.UncaughtExceptionHandler before = (failed, failure) -> { };
        thread.setUncaughtExceptionHandler(before);

        QuietAtShutdown.install(thread);
        Thread.UncaughtExceptionHandler once = thread.getUncaughtExceptionHandler();
        QuietAtShutdown.install(thread);

        assertThat(once).isInstanceOf(QuietAtShutdown.class);
        assertThat(thread.getUncaughtExceptionHandler()).isSameAs(once);
    }

    @Test
    void aFailureWhileTheJvmShutsDownIsQuietAndOneBeforeItIsSaidAsBefore() throws Exception {
        assertThat(errorsOf("at-shutdown")).doesNotContain("the renderer is gone");
        assertThat(errorsOf("at-once")).contains("Exception in thread", "IllegalStateException: the renderer is gone");
    }
}
