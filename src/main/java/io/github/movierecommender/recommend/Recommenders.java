package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Dataset;

/** The three recommenders of one dataset, sharing its statistics. */
public record Recommenders(MovieStats stats, PopularRecommender popular, GenreRecommender genre,
                           NeighbourRecommender neighbours) {

    public static Recommenders of(Dataset dataset) {
        MovieStats stats = new MovieStats(dataset);
        return new Recommenders(stats, new PopularRecommender(stats), new GenreRecommender(stats),
                new NeighbourRecommender(stats));
    }
}
