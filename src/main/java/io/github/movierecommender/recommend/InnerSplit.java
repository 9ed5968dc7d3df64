package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * A seeded hold-out inside training ratings, for choosing hyper-parameters without looking at
 * any test data: {@code fit} keeps the users and movies (so indexes carry over), {@code check}
 * lists the held-out entries.
 */
record InnerSplit(Ratings fit, int[] users, int[] movies, int[] halfStars) {

    private static final long SALT = 0x1AAE_5B11_7L;

    static InnerSplit of(Ratings ratings, double heldOutShare, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ SALT);
        BitSet kept = new BitSet(ratings.size());
        int[] users = new int[ratings.size()];
        int[] movies = new int[ratings.size()];
        int[] halfStars = new int[ratings.size()];
        int held = 0;
        for (int u = 0; u < ratings.userCount(); u++) {
            for (int i = ratings.userStart(u); i < ratings.userEnd(u); i++) {
                if (random.nextDouble() < heldOutShare) {
                    users[held] = u;
                    movies[held] = ratings.userMovieAt(i);
                    halfStars[held++] = ratings.userHalfStarsAt(i);
                } else {
                    kept.set(i);
                }
            }
        }
        return new InnerSplit(ratings.keep(kept), Arrays.copyOf(users, held),
                Arrays.copyOf(movies, held), Arrays.copyOf(halfStars, held));
    }

    /** Users with held-out entries, in ascending order: all of them, or a seeded sample of {@code max}. */
    int[] sampleUsers(int max, long seed) {
        int[] all = Arrays.stream(users).distinct().toArray();
        if (all.length <= max) {
            return all;
        }
        SeededShuffle.shuffle(all, 0, all.length, new SplittableRandom(seed));
        int[] sample = Arrays.copyOf(all, max);
        Arrays.sort(sample);
        return sample;
    }

    /** Index of the first held-out entry of {@code user}, searching from {@code from}. */
    int firstOf(int user, int from) {
        int i = from;
        while (i < users.length && users[i] != user) {
            i++;
        }
        return i;
    }

    int size() {
        return users.length;
    }

    double stars(int i) {
        return halfStars[i] / 2.0;
    }
}
