package io.github.movierecommender.data;

/** The load was cancelled through its {@link LoadMonitor}. */
public class LoadCancelledException extends DatasetException {

    public LoadCancelledException() {
        super("Loading was cancelled");
    }
}
