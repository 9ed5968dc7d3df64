package io.github.movierecommender.download;

/** The download was cancelled through its {@link DownloadMonitor} or by interrupting its thread. */
public class DownloadCancelledException extends DownloadException {

    public DownloadCancelledException() {
        super(Kind.CANCELLED, "The download was cancelled; nothing was kept.");
    }

    static void checkCancelled(DownloadMonitor monitor) throws DownloadCancelledException {
        if (monitor.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new DownloadCancelledException();
        }
    }
}
