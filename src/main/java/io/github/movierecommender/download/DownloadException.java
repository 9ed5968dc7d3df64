package io.github.movierecommender.download;

/**
 * A release could not be downloaded or unpacked; the message says what failed, names the address
 * or file, and what to do next, for a person to read.
 */
public class DownloadException extends Exception {

    public DownloadException(String message) {
        super(message);
    }

    public DownloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
