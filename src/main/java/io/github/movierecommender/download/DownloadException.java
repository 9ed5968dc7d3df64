package io.github.movierecommender.download;

import io.github.movierecommender.problem.Problem;

/**
 * A release could not be downloaded or unpacked; the message says what failed, names the address
 * or file, and what to do next, for a person to read. Its {@link Kind} tells where the problem
 * lies, so that further advice (such as checking the internet connection) fits it.
 */
public class DownloadException extends Exception {

    /** Where a download's problem lies. */
    public enum Kind {
        /**
         * The way to the server: it could not be reached (refused, unknown name), it answered with
         * an HTTP error, nothing arrived in time, or the connection broke off.
         */
        NETWORK,
        /**
         * What was asked for or sent: not a web address, no checksum, a checksum that does not
         * match, not a zip, over a limit, or with names that cannot be unpacked safely.
         */
        CONTENT,
        /**
         * The data folder: it cannot be written, lacks space, or already holds something of the
         * release's name that the app did not install.
         */
        DATA_FOLDER,
        /** The user cancelled. */
        CANCELLED
    }

    private final Kind kind;
    private final transient Problem problem;

    public DownloadException(Kind kind, Problem problem) {
        this(kind, problem, null);
    }

    public DownloadException(Kind kind, Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.kind = kind;
        this.problem = problem;
    }

    public Kind kind() {
        return kind;
    }

    /** What failed as facts ({@link DownloadProblem} kinds); the message is its English sentence. */
    public Problem problem() {
        return problem;
    }
}
