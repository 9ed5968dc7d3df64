package io.github.movierecommender.data;

/** A dataset cannot be loaded; the message names the file and the problem, for a person to read. */
public class DatasetException extends Exception {

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
