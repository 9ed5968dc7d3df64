package io.github.movierecommender.ui.task;

/** Work to run off the JavaFX thread; it reports through its context and stops when asked. */
@FunctionalInterface
public interface BackgroundJob<T> {

    T run(JobContext context) throws Exception;
}
