package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.synth.LoaderWarmUp;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.i18n.Messages;
import java.util.function.BooleanSupplier;

/**
 * Warms up what opening a dataset runs, for the user's first opening: the loader ({@link LoaderWarmUp}),
 * then what the app works out for a dataset it opened (its recommenders' statistics and summary, the
 * user picker's entries) from the small release loaded, all thrown away, so that the JIT compiles them.
 */
public record OpeningWarmUp(LoaderWarmUp loader, Messages messages) {

    /** How many times a loaded dataset's statistics are worked out; their loops go over its 500,000 ratings. */
    private static final int DATASET_PASSES = 4;
    /**
     * How many times the user picker's entries are worked out: the loop over the users (5,000 in the
     * release) then turns 80,000 times, past the 60,000 at which the JIT compiles a loop.
     */
    private static final int PICKER_PASSES = 16;

    /** Runs the warm-up, stopping as soon as {@code stop} says so. */
    public void run(BooleanSupplier stop) {
        loader.run(stop).ifPresent(release -> {
            for (int pass = 0; pass < DATASET_PASSES && !stop.getAsBoolean(); pass++) {
                LoadedDataset.of(release);
            }
            for (int pass = 0; pass < PICKER_PASSES && !stop.getAsBoolean(); pass++) {
                UserChoices.of(release, messages);
            }
        });
    }
}
