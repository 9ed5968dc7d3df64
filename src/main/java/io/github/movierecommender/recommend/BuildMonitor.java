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
}
