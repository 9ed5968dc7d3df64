package io.github.movierecommender.recommend;

/** Thrown when a method's training stops because its monitor asked. */
public final class BuildCancelledException extends RuntimeException {

    public BuildCancelledException() {
        super("training cancelled");
    }
}
