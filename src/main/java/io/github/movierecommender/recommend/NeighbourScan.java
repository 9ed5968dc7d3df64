package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongToIntFunction;

/**
 * Finds a profile's candidate neighbours and keeps the nearest. Walks the compared movies'
 * per-movie rows (an inverted index), so it costs the sum of those movies' rater counts; there is
 * no users × users matrix. Each co-rated movie adds to the other user's six exact integer sums
 * ({@link CoRatingSums}), one block of users at a time so that the block's sums stay in the core's
 * cache; the blocks of a large scan are shared among the cores ({@link QueryThreads#share}), each
 * worker writing only its blocks' part of the sums. Candidates that cannot get among the nearest
 * are left unworked ({@link CommonCountBound}). The nearest are kept by a total order (the key,
 * then the user index), so the result is the same however the scan is cut and shared.
 * Thread-safe: scratch space is per thread.
 */
final class NeighbourScan {

    /** Users whose packed sums (two longs each) fill half a megabyte: the most a block of the core's cache holds. */
    private static final int BLOCK_USERS = 1 << 15;

    private final MovieStats stats;
    private final Ratings ratings;
    private final LongToIntFunction parts;
    private final int rowEntries;
    private final ThreadLocal<long[]> scratch;
    /** By user: whether its mean is one {@link CommonCountBound} cannot vouch for. */
    private final boolean[] roundingProne;

    /**
     * {@code parts}: how many threads share a scan of so many rater entries; {@code rowEntries}:
     * the fewest entries per compared movie a block of a shared scan must have on average (0: any).
     */
    NeighbourScan(MovieStats stats, LongToIntFunction parts, int rowEntries) {
        this.stats = stats;
        this.ratings = stats.dataset().ratings();
        this.parts = parts;
        this.rowEntries = rowEntries;
        this.scratch = ThreadLocal.withInitial(() -> new long[2 * ratings.userCount()]);
        this.roundingProne = new boolean[ratings.userCount()];
        for (int v = 0; v < roundingProne.length; v++) {
            roundingProne[v] = CommonCountBound.roundingProne(stats.userMean(v) * 2);
        }
    }

    /** The profile's candidates, the nearest {@code kept} of them first. */
    Neighbourhood scan(Profile profile, NeighbourParams params, int kept) {
        ComparedRatings compared = ComparedRatings.of(profile, ratings);
        int users = ratings.userCount();
        int workers = parts.applyAsInt(compared.raterEntries());
        int block = CacheBlocks.sharedLength(compared.raterEntries(), compared.size(), users, BLOCK_USERS, workers,
                rowEntries);
        Scan scan = new Scan(profile, params, compared, block, kept);
        List<BlockScan> scans = QueryThreads.share(workers, Math.max(1, (users + block - 1) / block), scan::worker,
                BlockScan::scanBlock);
        BestFirst nearest = scans.get(0).nearest;
        int candidates = scans.get(0).candidates;
        for (int w = 1; w < scans.size(); w++) {
            nearest.offerAll(scans.get(w).nearest);
            candidates += scans.get(w).candidates;
        }
        nearest.sort();
        double meanP = profile.mean() * 2;
        Neighbour[] neighbours = new Neighbour[nearest.size()];
        for (int i = 0; i < neighbours.length; i++) {
            neighbours[i] = neighbour((int) nearest.tieAt(i), nearest.firstAt(i), nearest.secondAt(i), params, meanP);
        }
        return new Neighbourhood(profile, params, neighbours, candidates);
    }

    /** User {@code v} as a neighbour, from the sums over the movies it shares with the profile. */
    private Neighbour neighbour(int v, long theirs, long shared, NeighbourParams params, double meanP) {
        int n = CoRatingSums.count(theirs);
        long p = CoRatingSums.ownSum(shared);
        long pp = CoRatingSums.ownSquares(shared);
        long vSum = CoRatingSums.theirSum(theirs);
        long vv = CoRatingSums.theirSquares(theirs);
        long pv = CoRatingSums.products(shared);
        double meanV = stats.userMean(v) * 2;
        double weight = weight(n, params);
        double similarity = params.measure().similarity(n, p, vSum, pp, vv, pv, meanP, meanV) * weight;
        return new Neighbour(ratings.users().idAt(v), v, params.measure().distance(n, p, vSum, pp, vv, pv, meanP, meanV),
                similarity, n, weight);
    }

    /** What the measure's value is multiplied by for {@code n} movies in common. */
    static double weight(int n, NeighbourParams params) {
        return params.significanceWeighting()
                ? Math.min(n, NeighbourParams.SIGNIFICANCE_COMMON) / (double) NeighbourParams.SIGNIFICANCE_COMMON
                : 1;
    }

    /** One scan: what its workers share. */
    private final class Scan {
        private final Profile profile;
        private final NeighbourParams params;
        private final ComparedRatings compared;
        private final int block;
        private final int kept;

        Scan(Profile profile, NeighbourParams params, ComparedRatings compared, int block, int kept) {
            this.profile = profile;
            this.params = params;
            this.compared = compared;
            this.block = block;
            this.kept = kept;
        }

        /** A worker on the calling thread, with that thread's scratch space. */
        BlockScan worker() {
            return new BlockScan(this, scratch.get());
        }
    }

    /**
     * One worker of a scan, taking blocks of users: adds up the sums of every user in the block who
     * co-rated a compared movie in its own thread's scratch space (which so stays in its core's
     * caches), keeps the nearest of its candidates and clears the block's sums.
     */
    private final class BlockScan {
        private final Profile profile;
        private final NeighbourParams params;
        private final ComparedRatings compared;
        private final long[] sums;
        private final int block;
        private final BestFirst nearest;
        private final CommonCountBound bound;
        private final int[] found;
        private final int[] cursors;
        private int nextBlockStart = -1;
        private int candidates;

        BlockScan(Scan scan, long[] sums) {
            this.profile = scan.profile;
            this.params = scan.params;
            this.compared = scan.compared;
            this.sums = sums;
            this.block = scan.block;
            this.nearest = new BestFirst(scan.kept, ratings.userCount());
            this.bound = new CommonCountBound(params, profile.mean() * 2, scan.kept, ratings.userCount());
            this.found = new int[Math.min(block, ratings.userCount())];
            this.cursors = new int[compared.size()];
        }

        /**
         * Scans block {@code index}. Until the nearest kept are {@code kept} many, the candidates
         * of full weight go first, so that the bound leaves out most of the rest.
         */
        void scanBlock(int index) {
            int start = index * block;
            int end = Math.min(ratings.userCount(), start + block);
            if (start != nextBlockStart) {
                compared.cursorsFrom(start, cursors);
            }
            nextBlockStart = -1;
            try {
                accumulate(end);
                if (bound.prunes() && bound.lowestOpen(nearest) == 0) {
                    keepNearest(candidatesOf(start, end, CommonCountBound.FULL_WEIGHT, CommonCountBound.LEVELS,
                            true));
                    keepNearest(candidatesOf(start, end, bound.lowestOpen(nearest), CommonCountBound.FULL_WEIGHT,
                            false));
                } else {
                    keepNearest(candidatesOf(start, end, bound.lowestOpen(nearest), CommonCountBound.LEVELS, true));
                }
                nextBlockStart = end;
            } finally {
                Arrays.fill(sums, 2 * start, 2 * end, 0);
            }
        }

        /** Adds each compared movie's raters before user {@code end}, from the cursors on. */
        private void accumulate(int end) {
            long[] theirs = CoRatingSums.theirsByRating();
            boolean last = end == ratings.userCount();
            for (int i = 0; i < compared.size(); i++) {
                long[] shared = CoRatingSums.sharedByRating(compared.halfStarsAt(i));
                int rowEnd = ratings.movieEnd(compared.movieAt(i));
                int stop = last ? rowEnd : ratings.movieEntryFrom(compared.movieAt(i), end, cursors[i]);
                for (int j = cursors[i]; j < stop; j++) {
                    int v = ratings.movieUserAt(j);
                    int r = ratings.movieHalfStarsAt(j);
                    sums[2 * v] += theirs[r];
                    sums[2 * v + 1] += shared[r];
                }
                cursors[i] = stop;
            }
        }

        /**
         * Puts the candidates among users {@code start} to {@code end} − 1 whose level
         * ({@link CommonCountBound#level}) is at least {@code low} and below {@code high} into
         * {@code found}, without a branch that would guess wrong for about every other user;
         * returns how many. {@code counted}: whether to add the block's candidates to the count.
         */
        private int candidatesOf(int start, int end, int low, int high, boolean counted) {
            int minCommon = params.minCommon();
            int self = profile.userIndex();
            int count = 0;
            int all = 0;
            for (int v = start; v < end; v++) {
                int n = CoRatingSums.count(sums[2 * v]);
                int level = CommonCountBound.level(n, roundingProne[v]);
                boolean candidate = n >= minCommon & v != self;
                found[count] = v;
                count += candidate & level >= low & level < high ? 1 : 0;
                all += candidate ? 1 : 0;
            }
            candidates += counted ? all : 0;
            return count;
        }

        /** Offers the first {@code count} found to the nearest kept, but for those the bound says cannot get in. */
        private void keepNearest(int count) {
            Measure measure = params.measure();
            boolean byDistance = measure == Measure.EUCLIDEAN;
            double meanP = profile.mean() * 2;
            for (int c = 0; c < count; c++) {
                int v = found[c];
                long theirs = sums[2 * v];
                long shared = sums[2 * v + 1];
                int n = CoRatingSums.count(theirs);
                if (bound.excludes(CommonCountBound.level(n, roundingProne[v]), nearest)) {
                    continue;
                }
                long pp = CoRatingSums.ownSquares(shared);
                long vv = CoRatingSums.theirSquares(theirs);
                long pv = CoRatingSums.products(shared);
                double key = byDistance ? Measure.squaredDifference(pp, vv, pv)
                        : -(measure.similarity(n, CoRatingSums.ownSum(shared), CoRatingSums.theirSum(theirs), pp, vv,
                                pv, meanP, stats.userMean(v) * 2) * weight(n, params));
                nearest.offer(BestFirst.rankOf(key), v, theirs, shared);
            }
        }
    }
}
