package io.github.movierecommender.eval;

/** Receives an evaluation's progress and tells it whether to stop. Called from the evaluating threads. */
public interface EvalMonitor {

    EvalMonitor NONE = new EvalMonitor() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} users evaluated, counted over all splits. */
    void progress(long done, long total);

    boolean isCancelled();
}
