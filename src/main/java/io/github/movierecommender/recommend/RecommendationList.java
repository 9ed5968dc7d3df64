package io.github.movierecommender.recommend;

import java.util.List;
import java.util.Optional;

/**
 * A ranked list, best first, made by {@code method}. When it holds fewer items than asked for,
 * {@code shortfall} says why in terms a person can act on; otherwise it is null.
 */
public record RecommendationList(String method, List<Recommendation> items, Shortfall shortfall) {

    public RecommendationList {
        items = List.copyOf(items);
    }

    public Optional<Shortfall> shortfallIfAny() {
        return Optional.ofNullable(shortfall);
    }
}
