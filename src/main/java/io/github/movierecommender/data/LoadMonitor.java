package io.github.movierecommender.data;

/** Receives a load's progress and tells it whether to stop. Called from the loading threads. */
public interface LoadMonitor {

    LoadMonitor NONE = new LoadMonitor() {
        @Override
        public void progress(long rowsRead, double fractionOfBytes) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code fractionOfBytes} runs from 0 to 1 over the ratings file. */
    void progress(long rowsRead, double fractionOfBytes);

    boolean isCancelled();
}
