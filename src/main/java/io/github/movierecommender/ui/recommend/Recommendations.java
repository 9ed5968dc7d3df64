package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.Neighbour;
import java.util.List;

/** The three lists for one request, and the neighbours the neighbour-based list came from. */
public record Recommendations(RecommendationRequest request, RankedList popular, RankedList genre,
                              RankedList neighbour, List<Neighbour> neighbours) {

    public Recommendations {
        neighbours = List.copyOf(neighbours);
    }
}
