package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Spreads a list method's lists over more of the catalogue. Every movie gets a price, subtracted
 * from its score for everyone: {@code scale · ln(1 + h)}, where h is how many of the training
 * users' lists hold the movie once the prices apply. A movie that tops most lists loses a little
 * to the movies just below it, which then appear in some lists instead; a movie no list holds keeps
 * its score. The prices are a fixed point, found in {@link #ROUNDS} rounds from the unpriced lists,
 * each round listing again under the prices of the running mean of the counts so far (the mean
 * settles where a plain update would swing back and forth). Each user's list is drawn from their
 * {@link Candidates}, the best movies before prices.
 */
final class ListSpread {

    static final int ROUNDS = 8;
    /** The length of the lists whose spread the prices balance. */
    static final int LIST_LENGTH = 10;
    /** How many of a user's best movies before prices can enter their priced list. */
    static final int CANDIDATES = 100;
    /** At most this many users' lists set the prices: a seeded sample of larger datasets. */
    static final int MAX_USERS = 5000;
    private static final long SALT = 0x5B8E_AD15L;

    private ListSpread() {
    }

    /** Per user index, the best movies before prices, best first, with their scores; null for users left out. */
    record Candidates(int[][] movies, double[][] scores) {

        int[] users() {
            return IntStream.range(0, movies.length).filter(u -> movies[u] != null).toArray();
        }
    }

    /** The users whose lists set the prices: those with ratings, all of them or a seeded sample of {@link #MAX_USERS}. */
    static int[] users(Ratings ratings, long seed) {
        int[] all = IntStream.range(0, ratings.userCount()).filter(u -> ratings.userRatingCount(u) > 0).toArray();
        if (all.length <= MAX_USERS) {
            return all;
        }
        SeededShuffle.shuffle(all, 0, all.length, new SplittableRandom(seed ^ SALT));
        int[] sample = Arrays.copyOf(all, MAX_USERS);
        Arrays.sort(sample);
        return sample;
    }

    /** Prices of {@code movieCount} movies that spread {@code listLength}-long lists at this {@code scale}. */
    static double[] prices(Candidates candidates, int movieCount, double scale, int listLength,
                           BuildMonitor monitor) {
        double[] prices = new double[movieCount];
        if (scale == 0) {
            return prices;
        }
        int[] users = candidates.users();
        double[] meanCount = counts(candidates, users, prices, listLength);
        for (int round = 1; round <= ROUNDS; round++) {
            monitor.stopIfCancelled();
            setPrices(prices, meanCount, scale);
            double[] count = counts(candidates, users, prices, listLength);
            for (int m = 0; m < movieCount; m++) {
                meanCount[m] = (meanCount[m] * round + count[m]) / (round + 1);
            }
        }
        setPrices(prices, meanCount, scale);
        return prices;
    }

    private static void setPrices(double[] prices, double[] count, double scale) {
        for (int m = 0; m < prices.length; m++) {
            prices[m] = scale * Math.log1p(count[m]);
        }
    }

    /** How many of the users' lists hold each movie under {@code prices}. */
    private static double[] counts(Candidates candidates, int[] users, double[] prices, int listLength) {
        int[][] lists = new int[users.length][];
        IntStream.range(0, users.length).parallel().forEach(i -> lists[i] = list(candidates, users[i], prices,
                listLength));
        double[] count = new double[prices.length];
        for (int[] list : lists) {
            for (int m : list) {
                count[m]++;
            }
        }
        return count;
    }

    /**
     * User u's best {@code n} candidates by score minus price, best first; ties go to the lower movie
     * index. Prices are never negative, so once the list is full, a candidate scoring below its last
     * one before its price, and every candidate after it, cannot enter.
     */
    static int[] list(Candidates candidates, int u, double[] prices, int n) {
        int[] movies = candidates.movies()[u];
        double[] scores = candidates.scores()[u];
        BestScores top = new BestScores(n);
        for (int i = 0; i < movies.length && !(top.full() && scores[i] < top.worstScore()); i++) {
            top.offer(movies[i], scores[i] - prices[movies[i]]);
        }
        return top.sorted().ids();
    }

    /** Distinct movies in the users' priced lists over {@code recommendable}. */
    static double coverage(Candidates candidates, double[] prices, int listLength, int recommendable) {
        BitSet listed = new BitSet(prices.length);
        for (int u : candidates.users()) {
            for (int m : list(candidates, u, prices, listLength)) {
                listed.set(m);
            }
        }
        return recommendable == 0 ? 0 : listed.cardinality() / (double) recommendable;
    }
}
