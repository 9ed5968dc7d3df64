package io.github.movierecommender.data;

import io.github.movierecommender.problem.Problem;

/**
 * A dataset cannot be loaded; {@link #problem()} names the file and says what is wrong, as facts,
 * and the message is its English sentence.
 */
public class DatasetException extends Exception {

    private final transient Problem problem;

    public DatasetException(Problem problem) {
        this(problem, null);
    }

    public DatasetException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
