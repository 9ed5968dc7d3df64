package io.github.movierecommender.posters;

/**
 * Why a poster could not be fetched. The message is written from the reason alone, never from the
 * address asked (which holds the API key) nor from the HTTP library's own messages.
 */
public final class PosterException extends Exception {

    /** What went wrong; the English sentence of each is the exception's message. */
    public enum Reason {
        KEY_REFUSED("TMDB refused the API key"),
        NOT_REACHED("TMDB could not be reached"),
        TIMED_OUT("TMDB did not answer in time"),
        SERVER_ANSWERED("TMDB answered with HTTP status %d"),
        TOO_LARGE("TMDB's answer was larger than this app accepts"),
        BAD_ANSWER("TMDB's answer could not be understood"),
        NOT_AN_IMAGE("the poster TMDB sent is not an image");

        private final String english;

        Reason(String english) {
            this.english = english;
        }
    }

    private final Reason reason;
    private final int status;

    public PosterException(Reason reason) {
        this(reason, 0);
    }

    /** {@code status} is the HTTP status of a {@link Reason#SERVER_ANSWERED}; 0 otherwise. */
    public PosterException(Reason reason, int status) {
        super(String.format(reason.english, status), null, false, false);
        this.reason = reason;
        this.status = status;
    }

    public Reason reason() {
        return reason;
    }

    public int status() {
        return status;
    }
}
