package io.github.movierecommender.download;

/** The part of a download that {@link DownloadMonitor#progress} reports on, in the order they run. */
public enum DownloadStep {
    /** Bytes received of the zip's Content-Length. */
    DOWNLOADING,
    /** Bytes written of the release's unpacked size. */
    UNPACKING
}
