package io.github.movierecommender.ui.timing;

/** Makes the {@link ShownStep}s of one window: timed by {@code timings}, shown after {@code layout}. */
public record ShownSteps(Timings timings, AfterLayout layout) {

    /** Steps that measure nothing. */
    public static final ShownSteps OFF = new ShownSteps(Timings.OFF, AfterLayout.AT_ONCE);

    /** A new step of this name. */
    public ShownStep step(String name) {
        return new ShownStep(timings, name, layout);
    }
}
