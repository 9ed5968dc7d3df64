package io.github.movierecommender.recommend;

import java.util.List;
import java.util.Optional;

/**
 * A ranked list, best first. When it holds fewer items than asked for, {@code shortfallReason}
 * says why in words a person can act on; otherwise it is null.
 */
public record RecommendationList(String method, List<Recommendation> items, String shortfallReason) {

    public RecommendationList {
        items = List.copyOf(items);
    }

    public Optional<String> shortfall() {
        return Optional.ofNullable(shortfallReason);
    }
}
