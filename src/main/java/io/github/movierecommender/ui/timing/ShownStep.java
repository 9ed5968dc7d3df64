package io.github.movierecommender.ui.timing;

/**
 * A step started by one event and finished once the window shows its result: {@link #shown()}
 * prints it after the next layout. Started again before it is shown, it is timed from the latest
 * start, as what the user waits for is the result of their latest move. Use it from the JavaFX thread.
 */
public final class ShownStep {

    /** A step that measures nothing, to share. */
    public static final ShownStep NONE = new ShownStep(Timings.OFF, "none", AfterLayout.AT_ONCE);

    private final Timings timings;
    private final String name;
    private final AfterLayout layout;
    private Timings.Step running;

    public ShownStep(Timings timings, String name, AfterLayout layout) {
        this.timings = timings;
        this.name = name;
        this.layout = layout;
    }

    /** Starts the step now, from the start again if it runs. */
    public void start() {
        if (timings.on()) {
            running = timings.start(name);
        }
    }

    /** Whether the step is started and not yet shown. */
    public boolean running() {
        return running != null;
    }

    /** Prints the step once the window has laid out what it shows now; nothing while it is not started. */
    public void shown() {
        Timings.Step step = running;
        if (step != null) {
            running = null;
            layout.run(step::done);
        }
    }

    /** Forgets the step without printing it, as when what it waited for will not come. */
    public void drop() {
        running = null;
    }
}
