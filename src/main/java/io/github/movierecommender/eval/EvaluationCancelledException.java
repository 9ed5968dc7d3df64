package io.github.movierecommender.eval;

/** Thrown when an evaluation stops because its monitor asked. */
public final class EvaluationCancelledException extends RuntimeException {

    public EvaluationCancelledException() {
        super("evaluation cancelled");
    }
}
