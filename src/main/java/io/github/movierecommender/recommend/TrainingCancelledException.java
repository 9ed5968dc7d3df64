package io.github.movierecommender.recommend;

/** Thrown by a model's training when its caller asked it to stop; nothing half-trained is returned. */
public final class TrainingCancelledException extends RuntimeException {

    public TrainingCancelledException(String model) {
        super("training of " + model + " was cancelled");
    }
}
