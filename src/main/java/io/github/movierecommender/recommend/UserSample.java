package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A seeded sample of whole users for tuning on large datasets: the ratings of users drawn in a
 * seeded random order until {@code maxRatings} would be passed. Users and movies keep their
 * indexes (the others are left with no ratings), so settings chosen on the sample carry over.
 */
final class UserSample {

    private static final long SALT = 0x5CA1_E5A3_F1E5L;

    private UserSample() {
    }

    /** {@code ratings} itself when it holds at most {@code maxRatings}. */
    static Ratings of(Ratings ratings, int maxRatings, long seed) {
        if (ratings.size() <= maxRatings) {
            return ratings;
        }
        int[] users = IntStream.range(0, ratings.userCount()).toArray();
        SeededShuffle.shuffle(users, 0, users.length, new SplittableRandom(seed ^ SALT));
        BitSet kept = new BitSet(ratings.size());
        long taken = 0;
        for (int u : users) {
            int count = ratings.userRatingCount(u);
            if (taken + count > maxRatings) {
                continue;
            }
            kept.set(ratings.userStart(u), ratings.userEnd(u));
            taken += count;
        }
        return ratings.keep(kept);
    }
}
