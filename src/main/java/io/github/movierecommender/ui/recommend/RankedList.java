package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.Shortfall;
import java.util.List;

/**
 * A list's rows, best first; {@code shortfall} says why it holds fewer than asked, else null;
 * {@code predicted} tells that its rows carry the ratings the method predicts.
 */
public record RankedList(List<RecommendationRow> rows, Shortfall shortfall, boolean predicted) {

    public RankedList {
        rows = List.copyOf(rows);
    }

    public RankedList(List<RecommendationRow> rows, Shortfall shortfall) {
        this(rows, shortfall, false);
    }

    public boolean isShort() {
        return shortfall != null;
    }
}
