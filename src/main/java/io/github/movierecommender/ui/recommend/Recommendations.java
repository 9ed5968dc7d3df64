package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.Neighbour;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lists for one request by {@link ShownList#id()}, in tab order, and the neighbours the
 * neighbour-based list came from. A list whose method is still training is not among them.
 */
public record Recommendations(RecommendationRequest request, Map<String, RankedList> lists,
                              List<Neighbour> neighbours) {

    public Recommendations {
        lists = Collections.unmodifiableMap(new LinkedHashMap<>(lists));
        neighbours = List.copyOf(neighbours);
    }

    /** The list of this id; null when it is not worked out (not shown, or still training). */
    public RankedList list(String id) {
        return lists.get(id);
    }

    public RankedList popular() {
        return list(ShownList.POPULAR.id());
    }

    public RankedList genre() {
        return list(ShownList.GENRE.id());
    }

    public RankedList neighbour() {
        return list(ShownList.NEIGHBOUR.id());
    }
}
