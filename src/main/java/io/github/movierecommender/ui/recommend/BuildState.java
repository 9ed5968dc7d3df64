package io.github.movierecommender.ui.recommend;

/** How far the training of a list's method is, for a list whose method trains before it lists. */
public sealed interface BuildState {

    /** Training; {@code fraction} from 0 to 1. */
    record Training(double fraction) implements BuildState {
    }

    /** Trained: the list is worked out with the others. */
    record Built() implements BuildState {
    }

    /** The training stopped with {@code problem}, said for the user. */
    record Failed(String problem) implements BuildState {
    }

    /** The user cancelled the training. */
    record Cancelled() implements BuildState {
    }
}
