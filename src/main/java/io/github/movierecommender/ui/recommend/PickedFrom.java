package io.github.movierecommender.ui.recommend;

/** The list a movie was picked in, which decides what its details become when the lists change. */
public enum PickedFrom {
    POPULAR,
    GENRE,
    NEIGHBOUR,
    USER_RATINGS,
    MORE_LIKE_THIS
}
