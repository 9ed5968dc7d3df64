package io.github.movierecommender.concurrent;

/**
 * Hands a thread's uncaught failures on as before, except while the JVM shuts down: a signal that
 * stops the app (a kill, a logout) lets JavaFX tear down its renderer while its thread still handles a
 * mouse event, whose failure then is only a stack trace on the way out.
 */
public final class QuietAtShutdown implements Thread.UncaughtExceptionHandler {

    private final Thread.UncaughtExceptionHandler before;

    public QuietAtShutdown(Thread.UncaughtExceptionHandler before) {
        this.before = before;
    }

    /** Wraps what {@code thread} does with its uncaught failures now, unless it is wrapped already. */
    public static void install(Thread thread) {
        Thread.UncaughtExceptionHandler now = thread.getUncaughtExceptionHandler();
        if (!(now instanceof QuietAtShutdown)) {
            thread.setUncaughtExceptionHandler(new QuietAtShutdown(now));
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        if (!shuttingDown()) {
            before.uncaughtException(thread, failure);
        }
    }

    /** Whether the JVM has begun to shut down: it then takes no more shutdown hooks. */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
