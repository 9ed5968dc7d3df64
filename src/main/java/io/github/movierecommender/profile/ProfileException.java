package io.github.movierecommender.profile;

import io.github.movierecommender.problem.Problem;

/**
 * A profile or ratings file cannot be read or written; the message names the file and the problem,
 * for a person. {@link #problem()} holds it as facts ({@link ProfileProblem} kinds); the message is its English
 * sentence.
 */
public class ProfileException extends Exception {

    private final transient Problem problem;

    public ProfileException(Problem problem) {
        this(problem, null);
    }

    public ProfileException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
