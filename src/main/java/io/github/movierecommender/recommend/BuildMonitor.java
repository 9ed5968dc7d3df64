package io.github.movierecommender.recommend;

/** Receives a method's training progress and tells it whether to stop; called from the training thread. */
public interface BuildMonitor {

    BuildMonitor NONE = new BuildMonitor() {
        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code fraction} of the training done, from 0 to 1. */
    void progress(double fraction);

    boolean isCancelled();

    /** Throws {@link BuildCancelledException} when the training should stop. */
    default void stopIfCancelled() {
        if (isCancelled()) {
            throw new BuildCancelledException();
        }
    }

    /** Stops if cancelled, else reports {@code fraction}. */
    default void step(double fraction) {
        stopIfCancelled();
        progress(fraction);
    }

    /** A stage of this training that covers {@code from} to {@code to} of its progress. */
    default BuildMonitor part(double from, double to) {
        BuildMonitor whole = this;
        return new BuildMonitor() {
            @Override
            public void progress(double fraction) {
                whole.progress(from + (to - from) * Math.min(1, Math.max(0, fraction)));
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}
