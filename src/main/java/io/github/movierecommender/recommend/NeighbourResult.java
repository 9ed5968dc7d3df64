package io.github.movierecommender.recommend;

import java.util.List;

/** The neighbour-based list and the neighbours it came from (after any widening of k). */
public record NeighbourResult(RecommendationList list, List<Neighbour> neighbours) {

    public NeighbourResult {
        neighbours = List.copyOf(neighbours);
    }
}
