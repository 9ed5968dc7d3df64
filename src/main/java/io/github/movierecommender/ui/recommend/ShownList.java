package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.Methods;
import java.util.List;

/**
 * A list the Recommendations tab shows in a tab of its own: the registered method that makes it
 * ({@value Methods#DEFAULT_NEIGHBOURS} for the neighbour method the left panel chooses), the key of
 * its tab's title in the bundles (with {@code Table} appended, of its description for screen
 * readers), and what its score is. Whether a Predicted column shows, and whether the method trains
 * in the background before it lists, come from the method's
 * {@link io.github.movierecommender.recommend.Abilities}. To show another list, add one line to
 * {@link #ALL} and its two keys to both bundles.
 */
public record ShownList(String id, String method, String titleKey, ScoreKind score) {

    public static final ShownList POPULAR = new ShownList("popular", "popular", "results.popular", ScoreKind.VOTES);
    public static final ShownList GENRE = new ShownList("genre", "genre", "results.genre", ScoreKind.GENRE_MATCH);
    public static final ShownList NEIGHBOUR = new ShownList("neighbour", Methods.DEFAULT_NEIGHBOURS,
            "results.neighbour", ScoreKind.NEIGHBOUR_SCORE);
    public static final ShownList BECAUSE_YOU_LIKED = new ShownList("becauseYouLiked", "item-knn",
            "results.becauseYouLiked", ScoreKind.LIKENESS);
    public static final ShownList BEST_FOR_YOU = new ShownList("bestForYou", "als", "results.bestForYou",
            ScoreKind.RELEVANCE);

    /** Every list in tab order; one whose method is not registered is left out. */
    public static final List<ShownList> ALL = List.of(POPULAR, GENRE, NEIGHBOUR, BECAUSE_YOU_LIKED, BEST_FOR_YOU);

    public String descriptionKey() {
        return titleKey + "Table";
    }
}
