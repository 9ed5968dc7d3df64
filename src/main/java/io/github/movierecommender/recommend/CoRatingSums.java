package io.github.movierecommender.recommend;

/**
 * The six sums a {@link Measure} is computed from, for the profile and one other user over the
 * movies both rated, in half stars, packed exactly into two longs so that one co-rated movie adds
 * to them with two additions: {@code theirs} holds the count n, Σv and Σv², {@code shared} holds
 * Σp, Σp² and Σpv (p the profile's ratings, v the other user's). Each field is wide enough for
 * {@link ComparedRatings#MOST} ratings of {@value #MOST_HALF_STARS} half stars, so a sum never
 * carries into the next field.
 */
final class CoRatingSums {

    static final int MOST_HALF_STARS = 10;
    static final int COUNT_BITS = bitsFor(ComparedRatings.MOST);
    static final int SUM_BITS = bitsFor((long) ComparedRatings.MOST * MOST_HALF_STARS);
    static final int SQUARE_BITS = bitsFor((long) ComparedRatings.MOST * MOST_HALF_STARS * MOST_HALF_STARS);
    private static final int THEIR_SQUARES_SHIFT = COUNT_BITS + SUM_BITS;
    private static final int OWN_SQUARES_SHIFT = SUM_BITS;
    private static final int PRODUCTS_SHIFT = SUM_BITS + SQUARE_BITS;
    private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;
    private static final long SUM_MASK = (1L << SUM_BITS) - 1;
    private static final long SQUARE_MASK = (1L << SQUARE_BITS) - 1;
    private static final long[] THEIRS = new long[MOST_HALF_STARS + 1];
    private static final long[][] SHARED = new long[MOST_HALF_STARS + 1][MOST_HALF_STARS + 1];

    static {
        for (int v = 0; v <= MOST_HALF_STARS; v++) {
            THEIRS[v] = theirs(v);
            for (int p = 0; p <= MOST_HALF_STARS; p++) {
                SHARED[p][v] = own(p) + product(p, v);
            }
        }
    }

    private CoRatingSums() {
    }

    private static int bitsFor(long most) {
        return 64 - Long.numberOfLeadingZeros(most);
    }

    /** What one co-rated movie the other user gave {@code v} half stars adds to {@code theirs}. */
    static long theirs(int v) {
        return 1 | (long) v << COUNT_BITS | (long) (v * v) << THEIR_SQUARES_SHIFT;
    }

    /** The part of what a co-rated movie adds to {@code shared} that only the profile's {@code p} half stars make. */
    static long own(int p) {
        return p | (long) (p * p) << OWN_SQUARES_SHIFT;
    }

    /** The rest of what a co-rated movie adds to {@code shared}: the product of both ratings. */
    static long product(int p, int v) {
        return (long) (p * v) << PRODUCTS_SHIFT;
    }

    /** {@link #theirs} of every rating from 0 to {@value #MOST_HALF_STARS} half stars, by rating: a look-up instead of the arithmetic. */
    static long[] theirsByRating() {
        return THEIRS;
    }

    /** What a co-rated movie the profile gave {@code p} half stars adds to {@code shared}, by the other user's rating. */
    static long[] sharedByRating(int p) {
        return SHARED[p];
    }

    static int count(long theirs) {
        return (int) (theirs & COUNT_MASK);
    }

    static long theirSum(long theirs) {
        return theirs >>> COUNT_BITS & SUM_MASK;
    }

    static long theirSquares(long theirs) {
        return theirs >>> THEIR_SQUARES_SHIFT & SQUARE_MASK;
    }

    static long ownSum(long shared) {
        return shared & SUM_MASK;
    }

    static long ownSquares(long shared) {
        return shared >>> OWN_SQUARES_SHIFT & SQUARE_MASK;
    }

    static long products(long shared) {
        return shared >>> PRODUCTS_SHIFT & SQUARE_MASK;
    }
}
