package io.github.movierecommender.profile;

import io.github.movierecommender.problem.Problem;
import java.util.Optional;

/**
 * A profile or ratings file cannot be read or written; the message names the file and the problem,
 * for a person. {@link #problem()} holds it as facts where it has been written as such.
 */
public class ProfileException extends Exception {

    private final transient Problem problem;

    public ProfileException(String message) {
        this(message, (Throwable) null);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
    }

    public ProfileException(Problem problem) {
        this(problem, null);
    }

    public ProfileException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }
}
