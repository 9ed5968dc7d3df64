package io.github.movierecommender.synth;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A synthetic user of the demo: a taste per genre in stars (a few clearly liked, a few clearly
 * disliked, the rest near zero), a bias of the whole rating scale, whether they use half stars,
 * how many films they rate, when they were active, and the seed of their own random stream.
 */
record DemoUser(int userId, Map<String, Double> taste, double bias, boolean halfStars, int ratingCount,
                long firstTime, int activeSeconds, long seed) {

    /** A genre tasted at least this much is one the user clearly likes; minus this, dislikes. */
    static final double CLEAR_TASTE = 0.8;

    DemoUser {
        taste = Map.copyOf(taste);
    }

    Set<String> liked() {
        return genresWhere(true);
    }

    Set<String> disliked() {
        return genresWhere(false);
    }

    private Set<String> genresWhere(boolean liked) {
        return taste.entrySet().stream()
                .filter(entry -> liked ? entry.getValue() >= CLEAR_TASTE : entry.getValue() <= -CLEAR_TASTE)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * How much the user's taste pulls towards the film: the mean taste over its genres, summed in
     * a plain loop because a stream's average may change its summation between JDKs.
     */
    double affinity(DemoFilm film) {
        double sum = 0;
        for (String genre : film.genres()) {
            sum += taste.getOrDefault(genre, 0.0);
        }
        return sum / film.genres().size();
    }
}
