package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongToIntFunction;

/**
 * Adds up what the nearest neighbours rated, per movie the profile has not rated: how many of them
 * rated it, the sum of their half stars, of their similarity-weighted deviations from their own
 * means and of the weights; and lists the best. Each movie's sums are added neighbour by
 * neighbour, nearest first, whatever the cut: the movies are visited a block at a time, so that
 * the block's sums stay in the core's cache, and the blocks of many neighbour ratings are shared
 * among the cores ({@link QueryThreads#share}), each worker writing only its blocks' sums.
 * Thread-safe: scratch space is per thread.
 */
final class NeighbourTally {

    private static final int FIELDS = 4;
    private static final int SUM = 1;
    private static final int WEIGHTED = 2;
    private static final int WEIGHTS = 3;
    /** Movies whose four sums fill half a megabyte: the most a block of the core's cache holds. */
    private static final int BLOCK_MOVIES = 1 << 14;

    private final MovieStats stats;
    private final Ratings ratings;
    private final LongToIntFunction parts;
    private final int rowEntries;
    private final ThreadLocal<Space> scratch;

    /** A list and the number of neighbours it was made from. */
    record Listed(List<Recommendation> items, int k) {
    }

    /**
     * {@code parts}: how many threads share a round of so many neighbour ratings; {@code rowEntries}:
     * the fewest ratings per neighbour a block of movies of a shared round must have on average (0: any).
     */
    NeighbourTally(MovieStats stats, LongToIntFunction parts, int rowEntries) {
        this.stats = stats;
        this.ratings = stats.dataset().ratings();
        this.parts = parts;
        this.rowEntries = rowEntries;
        this.scratch = ThreadLocal.withInitial(() -> new Space(ratings.movieCount()));
    }

    /**
     * The list from the {@code k} nearest; in default mode, while it is short of n movies, k
     * doubles up to {@code available}, the new neighbours' ratings added to the sums so far.
     */
    Listed list(Neighbourhood hood, NeighbourParams params, int k, int available) {
        Space space = scratch.get();
        Profile profile = hood.profile();
        space.markRated(profile, true);
        try {
            List<Recommendation> items = round(space, hood, params, 0, k);
            while (params.mode() == NeighbourMode.DEFAULT && items.size() < params.n() && k < available) {
                int added = k;
                k = Math.min(2 * k, available);
                items = round(space, hood, params, added, k);
            }
            return new Listed(items, k);
        } finally {
            space.markRated(profile, false);
            Arrays.fill(space.sums, 0);
        }
    }

    /** Adds the ratings of neighbours {@code from} to {@code to} − 1 and lists the best n of the first {@code to}. */
    private List<Recommendation> round(Space space, Neighbourhood hood, NeighbourParams params, int from, int to) {
        long entries = 0;
        for (int n = from; n < to; n++) {
            entries += ratings.userRatingCount(hood.at(n).userIndex());
        }
        int workers = parts.applyAsInt(entries);
        int movies = ratings.movieCount();
        int chunk = workers == 1 ? Math.max(1, movies)
                : CacheBlocks.sharedLength(entries, to - from, movies, BLOCK_MOVIES, workers, rowEntries);
        List<BestFirst> bests = QueryThreads.share(workers, Math.max(1, (movies + chunk - 1) / chunk),
                () -> new BestFirst(params.n(), movies), (best, c) -> {
                    int first = c * chunk;
                    int last = Math.min(movies, first + chunk);
                    add(space, hood, from, to, first, last);
                    offerBest(best, space, hood.profile(), params, first, last);
                });
        BestFirst best = bests.get(0);
        for (int w = 1; w < bests.size(); w++) {
            best.offerAll(bests.get(w));
        }
        best.sort();
        boolean tutorial = params.mode() == NeighbourMode.TUTORIAL;
        List<Recommendation> items = new ArrayList<>();
        for (int i = 0; i < best.size(); i++) {
            int m = (int) best.tieAt(i);
            int support = space.support(m);
            double score = NeighbourRecommender.clampToScale(score(space, hood.profile(), tutorial, m));
            double mean = space.sum(m) / (2.0 * support);
            Explanation explanation = tutorial ? new Explanation.TutorialSupport(support, to, mean)
                    : new Explanation.NeighbourSupport(support, to, mean, score);
            items.add(new Recommendation(m, stats.movie(m), score, support, explanation));
        }
        return items;
    }

    /** Adds the ratings neighbours {@code from} to {@code to} − 1 gave movies {@code first} to {@code last} − 1. */
    private void add(Space space, Neighbourhood hood, int from, int to, int first, int last) {
        double[] sums = space.sums;
        boolean[] rated = space.rated;
        int[] cursors = new int[to - from];
        long entries = 0;
        for (int n = from; n < to; n++) {
            int v = hood.at(n).userIndex();
            cursors[n - from] = ratings.userEntryFrom(v, first);
            entries += ratings.userEntryFrom(v, last) - cursors[n - from];
        }
        int block = CacheBlocks.length(entries, to - from, last - first, BLOCK_MOVIES);
        for (int start = first; start < last; start += block) {
            int end = Math.min(last, start + block);
            for (int n = from; n < to; n++) {
                Neighbour neighbour = hood.at(n);
                int v = neighbour.userIndex();
                double meanV = stats.userMean(v);
                double similarity = neighbour.similarity();
                double weight = Math.abs(similarity);
                int rowEnd = ratings.userEnd(v);
                int i = cursors[n - from];
                for (; i < rowEnd; i++) {
                    int m = ratings.userMovieAt(i);
                    if (m >= end) {
                        break;
                    }
                    if (rated[m]) {
                        continue;
                    }
                    int r = ratings.userHalfStarsAt(i);
                    int at = m * FIELDS;
                    sums[at]++;
                    sums[at + SUM] += r;
                    sums[at + WEIGHTED] += similarity * (r / 2.0 - meanV);
                    sums[at + WEIGHTS] += weight;
                }
                cursors[n - from] = i;
            }
        }
    }

    /**
     * Offers {@code best} the movies {@code first} to {@code last} − 1 with enough support from the
     * k nearest: the best n by score, then support, then the smaller movie index.
     */
    private static void offerBest(BestFirst best, Space space, Profile profile, NeighbourParams params, int first,
                                  int last) {
        boolean tutorial = params.mode() == NeighbourMode.TUTORIAL;
        for (int m = first; m < last; m++) {
            int support = space.support(m);
            if ((tutorial ? 2 * support >= params.k() : support >= params.minSupport())
                    && profile.listFilter().mayList(m)) {
                best.offer(~BestFirst.rankOf(score(space, profile, tutorial, m)),
                        (long) (Integer.MAX_VALUE - support) << 32 | m, 0, 0);
            }
        }
    }

    /**
     * A movie's score, unclamped so that predictions beyond the scale still rank among themselves:
     * in tutorial mode the mean of the neighbours' ratings, in default mode the profile's mean plus
     * their weighted deviations, shrunk ({@link NeighbourRecommender#shrunkDeviation}).
     */
    private static double score(Space space, Profile profile, boolean tutorial, int m) {
        return tutorial ? space.sum(m) / (2.0 * space.support(m))
                : profile.mean() + NeighbourRecommender.shrunkDeviation(space.weighted(m), space.weights(m));
    }

    /** Per-thread: the profile's rated movies, and the four sums of each movie side by side. */
    private static final class Space {
        final boolean[] rated;
        final double[] sums;

        Space(int movies) {
            rated = new boolean[movies];
            sums = new double[movies * FIELDS];
        }

        void markRated(Profile profile, boolean mark) {
            for (int i = 0; i < profile.size(); i++) {
                rated[profile.movieAt(i)] = mark;
            }
        }

        int support(int m) {
            return (int) sums[m * FIELDS];
        }

        double sum(int m) {
            return sums[m * FIELDS + SUM];
        }

        double weighted(int m) {
            return sums[m * FIELDS + WEIGHTED];
        }

        double weights(int m) {
            return sums[m * FIELDS + WEIGHTS];
        }
    }
}
