package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.Shortfall;
import java.util.List;

/** A list's rows, best first; {@code shortfall} says why it holds fewer than asked, else null. */
public record RankedList(List<RecommendationRow> rows, Shortfall shortfall) {

    public RankedList {
        rows = List.copyOf(rows);
    }

    public boolean isShort() {
        return shortfall != null;
    }
}
