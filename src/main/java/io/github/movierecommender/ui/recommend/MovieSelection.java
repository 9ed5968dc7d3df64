package io.github.movierecommender.ui.recommend;

/**
 * A movie picked in one of the lists; {@code explanation} says why it was suggested, null when it
 * was not.
 */
public record MovieSelection(PickedFrom from, int movieIndex, String explanation) {
}
