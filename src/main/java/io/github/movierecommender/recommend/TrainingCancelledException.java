package io.github.movierecommender.recommend;

/** Thrown by a model's training when its caller cancelled it; nothing half-trained is returned. */
public final class TrainingCancelledException extends RuntimeException {

    public TrainingCancelledException(String model) {
        super("training of the " + model + " was cancelled");
    }
}
