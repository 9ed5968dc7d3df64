package io.github.movierecommender.download;

/** Receives a download's progress and tells it whether to stop. Called on the downloading thread. */
public interface DownloadMonitor {

    long UNKNOWN_TOTAL = -1;

    DownloadMonitor NONE = new DownloadMonitor() {
        @Override
        public void progress(DownloadStep step, long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * {@code done} of {@code total} bytes of {@code step}; {@code total} is {@link #UNKNOWN_TOTAL}
     * when the server does not send a Content-Length.
     */
    void progress(DownloadStep step, long done, long total);

    /** Polled between chunks; once it answers true the download stops and removes what it wrote. */
    boolean isCancelled();
}
