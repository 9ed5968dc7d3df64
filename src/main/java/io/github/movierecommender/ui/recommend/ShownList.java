package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.Methods;
import java.util.List;

/**
 * A list the Recommendations tab shows in a tab of its own: the registered method that makes it
 * ({@value Methods#DEFAULT_NEIGHBOURS} for the neighbour method the left panel chooses), the key of
 * its tab's title in the bundles (with {@code Table} appended, of its description for screen
 * readers), what its score is, whether a Predicted column shows the method's predicted rating
 * beside the score, and whether the method trains in the background before it lists.
 * To show another list, add one line to {@link #ALL} and its two keys to both bundles.
 */
public record ShownList(String id, String method, String titleKey, ScoreKind score, boolean showsPrediction,
                        boolean trainsFirst) {

    public static final ShownList POPULAR = new ShownList("popular", "popular", "results.popular",
            ScoreKind.VOTES, false, false);
    public static final ShownList GENRE = new ShownList("genre", "genre", "results.genre", ScoreKind.STARS,
            false, false);
    public static final ShownList NEIGHBOUR = new ShownList("neighbour", Methods.DEFAULT_NEIGHBOURS,
            "results.neighbour", ScoreKind.PREDICTED, false, false);

    /** Every list in tab order; one whose method is not registered is left out. */
    public static final List<ShownList> ALL = List.of(
            POPULAR,
            GENRE,
            NEIGHBOUR,
            new ShownList("becauseYouLiked", "item-knn", "results.becauseYouLiked", ScoreKind.STARS, true, true),
            new ShownList("bestForYou", "als", "results.bestForYou", ScoreKind.STARS, true, true));

    public String descriptionKey() {
        return titleKey + "Table";
    }
}
