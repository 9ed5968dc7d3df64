package io.github.movierecommender.ui.timing;

import io.github.movierecommender.launch.Relaunch;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How long the steps a user waits for take, from the event (a click, a pick, a key) to the table or
 * chart showing the result. Off unless the app runs with {@code -Dmovierecommender.timings=true};
 * then each finished step prints one line {@code timing <step> <milliseconds> ms} on the error
 * stream, for scripts and people measuring the app from outside.
 */
public final class Timings {

    /** The system property that turns the timings on. */
    public static final String PROPERTY = "movierecommender.timings";
    /** Timings that measure nothing. */
    public static final Timings OFF = new Timings(null, System::nanoTime);

    private final PrintStream out;
    private final LongSupplier nanoClock;

    private Timings(PrintStream out, LongSupplier nanoClock) {
        this.out = out;
        this.nanoClock = nanoClock;
    }

    /** On when {@link #PROPERTY} is {@code true}, printing to the error stream; otherwise {@link #OFF}. */
    public static Timings fromSystemProperty() {
        return Boolean.getBoolean(PROPERTY) ? printingTo(System.err) : OFF;
    }

    /** Timings that print every finished step to {@code out}. */
    public static Timings printingTo(PrintStream out) {
        return new Timings(out, System::nanoTime);
    }

    /** Whether steps are measured at all (callers can skip extra work when not). */
    public boolean on() {
        return out != null;
    }

    /** Starts timing a step now; {@link Step#done()} prints it. */
    public Step start(String step) {
        return new Step(step, on() ? nanoClock.getAsLong() : 0L);
    }

    /**
     * Prints a step that started with the app's launch, such as the first window showing: when the first
     * JVM's process started, where {@code java -jar} runs the app in a second one
     * ({@link Relaunch#LAUNCHED_AT}), else when this process did ({@link Relaunch#thisProcessStart()}).
     */
    public void sinceProcessStart(String step) {
        if (on()) {
            Long launchedAt = Long.getLong(Relaunch.LAUNCHED_AT);
            long start = launchedAt != null ? launchedAt : Relaunch.thisProcessStart()
                    .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getStartTime());
            print(step, System.currentTimeMillis() - start);
        }
    }

    private void print(String step, double millis) {
        out.printf(Locale.ROOT, "timing %s %.1f ms%n", step, millis);
    }

    /** One timed step, started by {@link #start(String)}. */
    public final class Step {
        private final String name;
        private final long startedNanos;

        private Step(String name, long startedNanos) {
            this.name = name;
            this.startedNanos = startedNanos;
        }

        /** Prints how long the step took since it started. */
        public void done() {
            if (on()) {
                print(name, (nanoClock.getAsLong() - startedNanos) / 1e6);
            }
        }
    }
}
