package io.github.movierecommender.ui.task;

/** What a running {@link BackgroundJob} may tell the user, and whether it should stop. */
public interface JobContext {

    /** {@code fraction} runs from 0 to 1. */
    void reportProgress(double fraction);

    void reportMessage(String message);

    boolean isCancelled();
}
