package io.github.movierecommender.recommend;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** A built method serving one profile; it caches what settings changes leave unchanged. Not thread-safe. */
public interface ProfileRecommender {

    /** The best {@code settings.n()} movies the profile has not rated; a method that does not list says so. */
    RecommendationList recommend(MethodSettings settings);

    /**
     * Whether the list for n is always the first n movies of the list for any larger n with the
     * same other settings, short for the same reason when the larger list holds no more than n:
     * the lists of one fixed ranking, cut at n. Then the list for the largest n serves every
     * smaller one. False unless the method says so.
     */
    default boolean listsNest() {
        return false;
    }

    /** The profile's predicted rating of a movie in stars; empty when the method cannot or does not predict. */
    OptionalDouble predict(int movieIndex, MethodSettings settings);

    /** The users the latest list came from, nearest first; empty for methods without neighbours. */
    default List<Neighbour> neighbours(MethodSettings settings) {
        return List.of();
    }

    /** How many times the per-profile work (such as the neighbour scan) was done from scratch. */
    default int scans() {
        return 0;
    }

    /** The method's own baseline μ + b_u + b_i for a movie, for a method whose fallback is {@link Abilities.Fallback#BASELINE}. */
    default OptionalDouble baseline(int movieIndex) {
        return OptionalDouble.empty();
    }

    /**
     * The profile beside user {@code userIndex} of the training data, worked out as the neighbour
     * table's numbers are (same similarity and distance); empty for methods without user neighbours.
     */
    default Optional<NeighbourComparison> compare(int userIndex, MethodSettings settings) {
        return Optional.empty();
    }

    /**
     * How the latest list's number for {@code movieIndex} (its score, and the predicted rating
     * where the method predicts) was worked out, term by term; empty for methods that do not show it.
     */
    default Optional<WorkedPrediction> work(int movieIndex, MethodSettings settings) {
        return Optional.empty();
    }
}
