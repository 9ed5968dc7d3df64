package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.Explanation;

/**
 * A movie picked in one of the lists; {@code explanation} says why it was suggested, null when it
 * was not.
 */
public record MovieSelection(PickedFrom from, int movieIndex, Explanation explanation) {
}
