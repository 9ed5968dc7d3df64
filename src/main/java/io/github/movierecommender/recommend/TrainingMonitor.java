package io.github.movierecommender.recommend;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * What a training reports to and hears from its caller: progress as a fraction from 0 to 1, and
 * whether to stop. Both are called from the training thread and from worker threads.
 */
public record TrainingMonitor(DoubleConsumer progress, BooleanSupplier cancelled) {

    public static final TrainingMonitor NONE = new TrainingMonitor(fraction -> { }, () -> false);

    /** Throws {@link TrainingCancelledException} naming {@code model} once cancelled. */
    void check(String model) {
        if (cancelled.getAsBoolean()) {
            throw new TrainingCancelledException(model);
        }
    }

    void report(double fraction) {
        progress.accept(Math.min(1, Math.max(0, fraction)));
    }
}
