package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The ratings {@link ItemKnn} compares movies by: every rating of a user with at most {@code cap}
 * of them, and a seeded random sample of {@code cap} ratings of a heavier user. Comparing every
 * movie with every other costs the sum over users of their rating count squared, so one user with
 * 40,000 ratings costs as much as 60,000 users with 200; the cap bounds what a heavy user costs
 * while the sample still shows their tastes. Rows per user (movie index and baseline deviation)
 * and per movie (user index and half stars), each in index order, as in {@link Ratings}.
 */
final class CappedRatings {

    private final int[] userStart;
    private final int[] userMovies;
    private final float[] userDeviations;
    private final int[] movieStart;
    private final int[] movieUsers;
    private final byte[] movieHalfStars;

    private CappedRatings(int[] userStart, int[] userMovies, float[] userDeviations, int[] movieStart,
            int[] movieUsers, byte[] movieHalfStars) {
        this.userStart = userStart;
        this.userMovies = userMovies;
        this.userDeviations = userDeviations;
        this.movieStart = movieStart;
        this.movieUsers = movieUsers;
        this.movieHalfStars = movieHalfStars;
    }

    /** Heavy users are sampled in user order from one generator seeded with {@code seed}. */
    static CappedRatings of(Ratings ratings, Baseline baseline, int cap, long seed) {
        if (cap < 1) {
            throw new IllegalArgumentException("the cap on ratings per user must be at least 1");
        }
        int users = ratings.userCount();
        int[] userStart = new int[users + 1];
        for (int u = 0; u < users; u++) {
            userStart[u + 1] = userStart[u] + Math.min(cap, ratings.userRatingCount(u));
        }
        int kept = userStart[users];
        int[] userMovies = new int[kept];
        float[] userDeviations = new float[kept];
        int[] keptRatings = new int[kept];
        int[] perMovie = new int[ratings.movieCount() + 1];
        SplittableRandom random = new SplittableRandom(seed);
        int[] positions = new int[0];
        for (int u = 0; u < users; u++) {
            int count = ratings.userRatingCount(u);
            int keep = userStart[u + 1] - userStart[u];
            if (positions.length < count) {
                positions = new int[count];
            }
            for (int p = 0; p < count; p++) {
                positions[p] = p;
            }
            if (keep < count) {
                sample(positions, count, keep, random);
            }
            for (int p = 0; p < keep; p++) {
                int i = ratings.userStart(u) + positions[p];
                int at = userStart[u] + p;
                keptRatings[at] = i;
                userMovies[at] = ratings.userMovieAt(i);
                userDeviations[at] = (float) baseline.deviation(u, userMovies[at], ratings.userRatingAt(i));
                perMovie[userMovies[at] + 1]++;
            }
        }
        int[] movieStart = new int[ratings.movieCount() + 1];
        for (int m = 0; m < ratings.movieCount(); m++) {
            movieStart[m + 1] = movieStart[m] + perMovie[m + 1];
        }
        int[] next = Arrays.copyOf(movieStart, ratings.movieCount());
        int[] movieUsers = new int[kept];
        byte[] movieHalfStars = new byte[kept];
        for (int u = 0; u < users; u++) {
            for (int at = userStart[u]; at < userStart[u + 1]; at++) {
                int slot = next[userMovies[at]]++;
                movieUsers[slot] = u;
                movieHalfStars[slot] = (byte) ratings.userHalfStarsAt(keptRatings[at]);
            }
        }
        return new CappedRatings(userStart, userMovies, userDeviations, movieStart, movieUsers, movieHalfStars);
    }

    /** Moves a uniform random {@code keep} of the first {@code count} positions to the front, in ascending order. */
    private static void sample(int[] positions, int count, int keep, SplittableRandom random) {
        SeededShuffle.sampleToFront(positions, count, keep, random);
        Arrays.sort(positions, 0, keep);
    }

    int userStart(int u) {
        return userStart[u];
    }

    int userEnd(int u) {
        return userStart[u + 1];
    }

    int userCount(int u) {
        return userStart[u + 1] - userStart[u];
    }

    int userMovieAt(int at) {
        return userMovies[at];
    }

    /** The kept rating's deviation from the baseline, in stars. */
    double userDeviationAt(int at) {
        return userDeviations[at];
    }

    int movieStart(int m) {
        return movieStart[m];
    }

    int movieEnd(int m) {
        return movieStart[m + 1];
    }

    int movieCount(int m) {
        return movieStart[m + 1] - movieStart[m];
    }

    int movieUserAt(int at) {
        return movieUsers[at];
    }

    double movieStarsAt(int at) {
        return movieHalfStars[at] / 2.0;
    }
}
