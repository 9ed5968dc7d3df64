package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A seeded hold-out inside a training set, for choosing settings without looking at any test
 * part: each user with at least {@link #MIN_RATINGS} ratings gives up a share of them, drawn at
 * random; lists made from the rest are scored by nDCG against the held-out movies rated 4 stars
 * or more, as the evaluation scores them.
 */
final class InnerSplit {

    static final int MIN_RATINGS = 5;
    static final int RELEVANT_HALF_STARS = 8;

    /** The best {@code n} movies for user {@code u}, best first, none of them rated in the inner training part. */
    @FunctionalInterface
    interface Lists {
        int[] top(int u, int n);
    }

    private final Ratings training;
    private final int[] users;
    private final int[][] relevant;

    private InnerSplit(Ratings training, int[] users, int[][] relevant) {
        this.training = training;
        this.users = users;
        this.relevant = relevant;
    }

    /** Holds out {@code share} of each user's ratings; scores at most {@code maxUsers} users, a seeded sample. */
    static InnerSplit of(Ratings ratings, double share, long seed, int maxUsers) {
        BitSet kept = new BitSet(ratings.size());
        kept.set(0, ratings.size());
        int[][] relevant = new int[ratings.userCount()][];
        for (int u = 0; u < ratings.userCount(); u++) {
            int count = ratings.userRatingCount(u);
            int heldOut = count >= MIN_RATINGS ? (int) Math.round(share * count) : 0;
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + u);
            int[] entries = IntStream.range(ratings.userStart(u), ratings.userEnd(u)).toArray();
            for (int i = 0; i < heldOut; i++) {
                int pick = i + random.nextInt(count - i);
                int swap = entries[i];
                entries[i] = entries[pick];
                entries[pick] = swap;
                kept.clear(entries[i]);
            }
            relevant[u] = Arrays.stream(entries, 0, heldOut)
                    .filter(i -> ratings.userHalfStarsAt(i) >= RELEVANT_HALF_STARS)
                    .map(ratings::userMovieAt).sorted().toArray();
        }
        int[] scored = IntStream.range(0, ratings.userCount()).filter(u -> relevant[u].length > 0).toArray();
        if (scored.length > maxUsers) {
            SplittableRandom random = new SplittableRandom(seed ^ 0x5A3D_1E5EL);
            for (int i = 0; i < maxUsers; i++) {
                int pick = i + random.nextInt(scored.length - i);
                int swap = scored[i];
                scored[i] = scored[pick];
                scored[pick] = swap;
            }
            scored = Arrays.copyOf(scored, maxUsers);
            Arrays.sort(scored);
        }
        int[][] relevantOfScored = Arrays.stream(scored).mapToObj(u -> relevant[u]).toArray(int[][]::new);
        return new InnerSplit(ratings.keep(kept), scored, relevantOfScored);
    }

    /** The ratings the models of this split learn from. */
    Ratings training() {
        return training;
    }

    int scoredUsers() {
        return users.length;
    }

    /** Mean nDCG@n over the scored users; each user's list is made on its own, the sum runs in user order. */
    double ndcg(Lists lists, int n) {
        double[] perUser = new double[users.length];
        IntStream.range(0, users.length).parallel().forEach(i -> {
            int[] list = lists.top(users[i], n);
            double dcg = 0;
            for (int rank = 0; rank < list.length; rank++) {
                dcg += Arrays.binarySearch(relevant[i], list[rank]) >= 0 ? gain(rank) : 0;
            }
            double ideal = 0;
            for (int rank = 0; rank < Math.min(n, relevant[i].length); rank++) {
                ideal += gain(rank);
            }
            perUser[i] = dcg / ideal;
        });
        return users.length == 0 ? 0 : Arrays.stream(perUser).sum() / users.length;
    }

    private static double gain(int rank) {
        return 1 / (Math.log(rank + 2) / Math.log(2));
    }
}
