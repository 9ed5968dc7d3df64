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

    /**
     * The first n of this ranking, which are its top n under a total order: all of it, short for
     * the same reason, when it holds fewer than n.
     */
    public RecommendationList first(int n) {
        if (items.size() < n) {
            return this;
        }
        return new RecommendationList(method, items.subList(0, n), null);
    }

    public Optional<Shortfall> shortfallIfAny() {
        return Optional.ofNullable(shortfall);
    }
}
