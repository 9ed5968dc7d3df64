package io.github.movierecommender.ui.recommend;

import java.util.List;

/** A list's rows, best first; {@code shortfallReason} says why it holds fewer than asked, else null. */
public record RankedList(List<RecommendationRow> rows, String shortfallReason) {

    public RankedList {
        rows = List.copyOf(rows);
    }

    public boolean isShort() {
        return shortfallReason != null;
    }
}
