package io.github.movierecommender.ui.act;

/**
 * What the notice bar says after an action on a movie: what was done, whether Undo is offered,
 * and whether to offer the own profile's lists (the change went to the own profile while a user
 * of the dataset is shown).
 */
public record ActionNotice(String text, boolean canUndo, boolean offerOwnLists) {
}
