package io.github.movierecommender.recommend;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** How a caller follows and stops a model's training: progress from 0 to 1, and a cancel check. */
public record Training(DoubleConsumer progress, BooleanSupplier cancelled) {

    public static final Training UNWATCHED = new Training(done -> { }, () -> false);

    /** Reports {@code done} (0 to 1) and throws {@link TrainingCancelledException} when cancelled. */
    void step(String model, double done) {
        if (cancelled.getAsBoolean()) {
            throw new TrainingCancelledException(model);
        }
        progress.accept(done);
    }

    /** A stage of this training that covers {@code from} to {@code to} of its progress. */
    Training part(double from, double to) {
        return new Training(done -> progress.accept(from + (to - from) * done), cancelled);
    }
}
