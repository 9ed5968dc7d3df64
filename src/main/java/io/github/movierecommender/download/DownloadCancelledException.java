package io.github.movierecommender.download;

import io.github.movierecommender.problem.Problem;

/** The download was cancelled through its {@link DownloadMonitor} or by interrupting its thread. */
public class DownloadCancelledException extends DownloadException {

    public DownloadCancelledException() {
        super(Kind.CANCELLED, Problem.of(DownloadProblem.CANCELLED));
    }

    static void checkCancelled(DownloadMonitor monitor) throws DownloadCancelledException {
        if (monitor.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new DownloadCancelledException();
        }
    }
}
