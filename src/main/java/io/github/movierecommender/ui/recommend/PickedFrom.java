package io.github.movierecommender.ui.recommend;

/**
 * Where a movie was picked, which decides what its details become when the lists change: one of
 * the {@link ShownList}s (by its id), the user's ratings or "more like this".
 */
public record PickedFrom(String id) {

    public static final PickedFrom POPULAR = list(ShownList.POPULAR);
    public static final PickedFrom GENRE = list(ShownList.GENRE);
    public static final PickedFrom NEIGHBOUR = list(ShownList.NEIGHBOUR);
    public static final PickedFrom USER_RATINGS = new PickedFrom("userRatings");
    public static final PickedFrom MORE_LIKE_THIS = new PickedFrom("moreLikeThis");

    public static PickedFrom list(ShownList list) {
        return new PickedFrom(list.id());
    }
}
