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

    /**
     * The list a ranking whose lists nest gives for {@code n}, if this is its list for some n at
     * least as large: its first n rows, or all of it, short for the same reason, when it holds
     * fewer.
     */
    public RankedList first(int n) {
        if (n > rows.size()) {
            return this;
        }
        List<RecommendationRow> first = rows.subList(0, n);
        return new RankedList(first, null, first.stream().anyMatch(row -> row.predicted().isPresent()));
    }
}
