package io.github.movierecommender.recommend;

/**
 * A user close to the profile: distance and similarity under the chosen measure, and co-rated
 * movies. {@code weight} is what the measure's raw value was multiplied by to give
 * {@code similarity}, for having few movies in common (significance weighting, or knn-baseline's
 * shrinkage); 1 when nothing was weighted.
 */
public record Neighbour(int userId, int userIndex, double distance, double similarity, int common, double weight) {

    /** Unweighted: the weight is 1. */
    public Neighbour(int userId, int userIndex, double distance, double similarity, int common) {
        this(userId, userIndex, distance, similarity, common, 1);
    }

    /** The measure's own value before weighting. */
    public double unweighted() {
        return weight == 0 ? 0 : similarity / weight;
    }
}
