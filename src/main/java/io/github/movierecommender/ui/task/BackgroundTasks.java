package io.github.movierecommender.ui.task;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs the app's background work, one job at a time, as a {@link Task} on the given executor,
 * and shows the running job's progress and message. Requests where only the latest counts (the
 * lists, details) go through {@link #latestOnly()} channels on an executor of their own, so they
 * never wait behind a load or an evaluation. What the user enters is saved through the one
 * {@link #saves()} channel, on an executor of its own. Use it from the JavaFX thread.
 */
public final class BackgroundTasks {

    private final Executor executor;
    private final Executor quick;
    private final Executor fxThread;
    private final SaveJobs saves;
    private final SideJobs sideJobs;
    private final QuickWork quickWork = new QuickWork();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Task<?> current;

    /** Saves run on {@code executor} too, behind the other work: for tests. */
    public BackgroundTasks(Executor executor) {
        this(executor, Platform::runLater);
    }

    /** Saves run on {@code executor} too, behind the other work: for tests. */
    public BackgroundTasks(Executor executor, Executor fxThread) {
        this(executor, executor, fxThread);
    }

    /**
     * Long work runs on {@code executor}, saves on {@code saves}; {@code fxThread} is where the
     * outcomes of the channels are delivered: the JavaFX thread in the app, or the calling thread
     * in tests that run without the toolkit.
     */
    public BackgroundTasks(Executor executor, Executor saves, Executor fxThread) {
        this(executor, saves, executor, fxThread);
    }

    /** As above, with {@link #sideJobs()} (such as a method's training) on {@code sideJobs}. */
    public BackgroundTasks(Executor executor, Executor saves, Executor sideJobs, Executor fxThread) {
        this(executor, saves, sideJobs, executor, fxThread);
    }

    /** As above, with the {@link #latestOnly()} channels on {@code quick}. */
    public BackgroundTasks(Executor executor, Executor saves, Executor sideJobs, Executor quick, Executor fxThread) {
        this.executor = executor;
        this.quick = quick;
        this.fxThread = fxThread;
        this.saves = new SaveJobs(saves, fxThread);
        this.sideJobs = new SideJobs(sideJobs, fxThread);
    }

    /** Starts {@code job}; {@code outcome} hears how it ended before {@link #runningProperty()} turns false. */
    public <T> void run(BackgroundJob<T> job, JobOutcome<T> outcome) {
        if (running.get()) {
            throw new IllegalStateException("A background job is already running");
        }
        JobTask<T> task = new JobTask<>(job);
        task.setOnSucceeded(event -> finish(() -> outcome.succeeded(task.getValue())));
        task.setOnFailed(event -> finish(() -> outcome.failed(task.getException())));
        task.setOnCancelled(event -> finish(outcome::cancelled));
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        current = task;
        running.set(true);
        executor.execute(task);
    }

    /** A new channel for requests where only the latest counts, on the quick executor; see {@link LatestJobs}. */
    public <T> LatestJobs<T> latestOnly() {
        return new LatestJobs<>(quick, fxThread, quickWork);
    }

    /** The quick requests of the {@link #latestOnly()} channels running now, which side work can step aside for. */
    public QuickWork quickWork() {
        return quickWork;
    }

    /** A new channel where every request runs, in order; see {@link OrderedJobs}. */
    public OrderedJobs inOrder() {
        return new OrderedJobs(executor, fxThread);
    }

    /** Long jobs with their own progress and cancel, beside the others; see {@link SideJobs}. */
    public SideJobs sideJobs() {
        return sideJobs;
    }

    /** The channel every save of what the user entered goes through, in order; see {@link SaveJobs}. */
    public SaveJobs saves() {
        return saves;
    }

    /** Asks the running job to stop; its outcome hears {@link JobOutcome#cancelled()}. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    private void finish(Runnable reportOutcome) {
        current = null;
        progress.unbind();
        message.unbind();
        try {
            reportOutcome.run();
        } finally {
            running.set(false);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while the job has not said how far it is. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private static final class JobTask<T> extends Task<T> implements JobContext {
        private final BackgroundJob<T> job;

        JobTask(BackgroundJob<T> job) {
            this.job = job;
        }

        @Override
        protected T call() throws Exception {
            return job.run(this);
        }

        @Override
        public void reportProgress(double fraction) {
            updateProgress(fraction, 1);
        }

        @Override
        public void reportMessage(String text) {
            updateMessage(text);
        }
    }
}
