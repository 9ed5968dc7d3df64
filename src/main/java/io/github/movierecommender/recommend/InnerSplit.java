package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A seeded hold-out inside training ratings, for choosing settings without looking at any test
 * part: {@code fit} keeps the users and movies (so indexes carry over); the held-out entries are
 * listed by ascending user. Rating predictors score their RMSE on the held-out stars; list methods
 * score nDCG against the held-out movies rated 4 stars or more, as the evaluation scores them.
 * Two draws, one per kind of score: {@link #of} holds out ratings independently, as an RMSE over
 * ratings weighs them (Blend, KnnBaseline, MatrixFactorisation); {@link #perUser} holds out a
 * share of every user's ratings, as an nDCG averaged over users needs each user to have some
 * (ImplicitAls), where the independent draw would leave light users with none.
 */
record InnerSplit(Ratings fit, int[] users, int[] movies, int[] halfStars) {

    /** A user with fewer ratings gives up none in {@link #perUser}. */
    static final int MIN_RATINGS = 5;
    static final int RELEVANT_HALF_STARS = 8;
    private static final long SALT = 0x1AAE_5B11_7L;

    /** The best {@code n} movies for user {@code u}, best first, none of them rated in {@link #fit}. */
    @FunctionalInterface
    interface Lists {
        int[] top(int u, int n);
    }

    /** Holds out each rating with probability {@code heldOutShare}. */
    static InnerSplit of(Ratings ratings, double heldOutShare, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ SALT);
        BitSet heldOut = new BitSet(ratings.size());
        for (int i = 0; i < ratings.size(); i++) {
            if (random.nextDouble() < heldOutShare) {
                heldOut.set(i);
            }
        }
        return of(ratings, heldOut);
    }

    /**
     * Holds out {@code share} of the ratings of each user with at least {@link #MIN_RATINGS}
     * (rounded), drawn at random, so that every such user can be scored.
     */
    static InnerSplit perUser(Ratings ratings, double share, long seed) {
        BitSet heldOut = new BitSet(ratings.size());
        for (int u = 0; u < ratings.userCount(); u++) {
            int count = ratings.userRatingCount(u);
            int held = count >= MIN_RATINGS ? (int) Math.round(share * count) : 0;
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + u);
            int[] entries = IntStream.range(ratings.userStart(u), ratings.userEnd(u)).toArray();
            SeededShuffle.sampleToFront(entries, count, held, random);
            for (int i = 0; i < held; i++) {
                heldOut.set(entries[i]);
            }
        }
        return of(ratings, heldOut);
    }

    private static InnerSplit of(Ratings ratings, BitSet heldOut) {
        int held = heldOut.cardinality();
        int[] users = new int[held];
        int[] movies = new int[held];
        int[] halfStars = new int[held];
        int at = 0;
        for (int u = 0; u < ratings.userCount(); u++) {
            for (int i = ratings.userStart(u); i < ratings.userEnd(u); i++) {
                if (heldOut.get(i)) {
                    users[at] = u;
                    movies[at] = ratings.userMovieAt(i);
                    halfStars[at++] = ratings.userHalfStarsAt(i);
                }
            }
        }
        BitSet kept = new BitSet(ratings.size());
        kept.set(0, ratings.size());
        kept.andNot(heldOut);
        return new InnerSplit(ratings.keep(kept), users, movies, halfStars);
    }

    /** Users with held-out entries, in ascending order: all of them, or a seeded sample of {@code max}. */
    int[] sampleUsers(int max, long seed) {
        return sample(Arrays.stream(users).distinct().toArray(), max, seed);
    }

    /** Users with a relevant held-out movie, in ascending order: all of them, or a seeded sample of {@code max}. */
    int[] sampleUsersWithRelevant(int max, long seed) {
        return sample(IntStream.range(0, size()).filter(i -> halfStars[i] >= RELEVANT_HALF_STARS)
                .map(i -> users[i]).distinct().toArray(), max, seed);
    }

    private static int[] sample(int[] all, int max, long seed) {
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

    /**
     * Mean nDCG@n of the lists of {@code scored} users (each with a relevant held-out movie); each
     * list is made on its own, the sum runs in user order.
     */
    double ndcg(Lists lists, int n, int[] scored) {
        double[] perUser = new double[scored.length];
        IntStream.range(0, scored.length).parallel().forEach(s -> {
            int[] relevant = relevantMovies(scored[s]);
            int[] list = lists.top(scored[s], n);
            double dcg = 0;
            for (int rank = 0; rank < list.length; rank++) {
                dcg += Arrays.binarySearch(relevant, list[rank]) >= 0 ? gain(rank) : 0;
            }
            double ideal = 0;
            for (int rank = 0; rank < Math.min(n, relevant.length); rank++) {
                ideal += gain(rank);
            }
            perUser[s] = dcg / ideal;
        });
        return scored.length == 0 ? 0 : Arrays.stream(perUser).sum() / scored.length;
    }

    private int[] relevantMovies(int user) {
        int from = lowerBound(user);
        int to = from;
        int relevant = 0;
        for (; to < size() && users[to] == user; to++) {
            relevant += halfStars[to] >= RELEVANT_HALF_STARS ? 1 : 0;
        }
        int[] found = new int[relevant];
        int at = 0;
        for (int i = from; i < to; i++) {
            if (halfStars[i] >= RELEVANT_HALF_STARS) {
                found[at++] = movies[i];
            }
        }
        Arrays.sort(found);
        return found;
    }

    private int lowerBound(int user) {
        int low = 0;
        int high = users.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (users[middle] < user) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static double gain(int rank) {
        return 1 / (Math.log(rank + 2) / Math.log(2));
    }
}
