package io.github.movierecommender.recommend;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** A {@link BuildMonitor} from two lambdas, for tests that follow or cancel a training. */
final class TestMonitor {

    private TestMonitor() {
    }

    static BuildMonitor of(DoubleConsumer progress, BooleanSupplier cancelled) {
        return new BuildMonitor() {
            @Override
            public void progress(double fraction) {
                progress.accept(fraction);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }
}
