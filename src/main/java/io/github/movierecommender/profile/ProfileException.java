package io.github.movierecommender.profile;

/** A profile or ratings file cannot be read or written; the message names the file and the problem, for a person. */
public class ProfileException extends Exception {

    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
