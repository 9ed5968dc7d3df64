package io.github.movierecommender.ui.task;

/** How a {@link BackgroundJob} ended; exactly one method is called, on the JavaFX thread. */
public interface JobOutcome<T> {

    void succeeded(T result);

    void failed(Throwable error);

    void cancelled();
}
