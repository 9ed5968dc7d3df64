package io.github.movierecommender.data;

import io.github.movierecommender.problem.Problem;

/** The load was cancelled through its {@link LoadMonitor}. */
public class LoadCancelledException extends DatasetException {

    public LoadCancelledException() {
        super(Problem.of(DataProblem.CANCELLED));
    }
}
