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

    double UNKNOWN_FRACTION = -1;

    /**
     * {@code fractionOfBytes} runs from 0 to 1 over the ratings file, or is {@link #UNKNOWN_FRACTION}
     * when the file's size is unknown (a zip entry that does not record it).
     */
    void progress(long rowsRead, double fractionOfBytes);

    boolean isCancelled();
}
