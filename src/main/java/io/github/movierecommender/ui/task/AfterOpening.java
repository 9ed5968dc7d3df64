package io.github.movierecommender.ui.task;

import io.github.movierecommender.concurrent.EachAction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Work that the first lists of a dataset do not need (writing its snapshot, building its title
 * index, letting the heap shrink), held back while the dataset opens so that it leaves both cores
 * to the load, the user picker and the lists: from {@link #start()} until {@link #settle()}, called
 * once the users are listed and the first lists show, or once the opening ends without a dataset.
 * Work given while nothing opens runs at once on the calling thread; held work runs in the order
 * given, where the settling executor runs it, each even when one before it fails. Its methods may be
 * called from any thread, {@link #settle()} from the one its settling executor needs (the app's
 * runs on the JavaFX thread). Settings that hold only while a dataset opens go in
 * {@link #aroundEachOpening}.
 */
public final class AfterOpening implements Executor {

    private final boolean holds;
    private final Executor settling;
    private final List<Runnable> held = new ArrayList<>();
    private Runnable atStart = () -> { };
    private Runnable atEnd = () -> { };
    private boolean opening;
    /** Counts the openings started, so that a settle meant for one does not end the next. */
    private long started;

    private AfterOpening(boolean holds, Executor settling) {
        this.holds = holds;
        this.settling = settling;
    }

    /**
     * A gate held from each {@link #start()} until {@code settling} runs what {@link #settle()}
     * hands it, such as once the window has laid out the lists that ended the opening.
     */
    public static AfterOpening holding(Executor settling) {
        return new AfterOpening(true, settling);
    }

    /** A gate that never holds: the work runs as it is given, for parts used without the app around them. */
    public static AfterOpening never() {
        return new AfterOpening(false, Runnable::run);
    }

    /**
     * From now on, {@code atStart} runs as each opening starts, on the thread that starts it, and
     * {@code atEnd} once that opening is over, after the work held by then (as that work, even when
     * some of it fails). A gate that never holds runs neither.
     */
    public synchronized void aroundEachOpening(Runnable atStart, Runnable atEnd) {
        this.atStart = atStart;
        this.atEnd = atEnd;
    }

    /** A dataset starts opening: work given from now on waits for {@link #settle()}. */
    public void start() {
        Runnable starting;
        synchronized (this) {
            opening = holds;
            started++;
            starting = holds ? atStart : () -> { };
        }
        starting.run();
    }

    /**
     * The opening is over: the work held runs, in order, once the settling executor gets to it
     * (unless another opening started meanwhile); work given from then on runs at once.
     */
    public void settle() {
        long settled;
        synchronized (this) {
            if (!opening) {
                return;
            }
            settled = started;
        }
        settling.execute(() -> release(settled));
    }

    private void release(long settled) {
        List<Runnable> due;
        synchronized (this) {
            if (!opening || started != settled) {
                return;
            }
            opening = false;
            held.add(atEnd);
            due = List.copyOf(held);
            held.clear();
        }
        EachAction.run(due);
    }

    /** Whether a dataset is opening, so that work given now is held. */
    public synchronized boolean opening() {
        return opening;
    }

    @Override
    public void execute(Runnable work) {
        if (!held(work)) {
            work.run();
        }
    }

    /**
     * Hands work to {@code target} once no opening holds it: at once, where {@code target} may
     * refuse it as it does, or after the opening, where work it refuses (it was shut down as the
     * app closed meanwhile) is dropped.
     */
    public Executor handingTo(Executor target) {
        return work -> {
            if (!held(() -> handOver(target, work))) {
                target.execute(work);
            }
        };
    }

    private synchronized boolean held(Runnable work) {
        if (opening) {
            held.add(work);
        }
        return opening;
    }

    private static void handOver(Executor target, Runnable work) {
        try {
            target.execute(work);
        } catch (RejectedExecutionException e) {
            // the app is closing: the work would have been cut short anyway
        }
    }
}
