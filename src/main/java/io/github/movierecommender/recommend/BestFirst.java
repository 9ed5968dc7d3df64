package io.github.movierecommender.recommend;

import java.util.Arrays;

/**
 * Keeps the best {@code capacity} of a stream of entries, each a rank, a tie-breaker and two longs
 * it carries along; the smaller rank is better, then the smaller tie-breaker. A bounded heap on
 * primitives whose worst kept entry is at hand, so that an entry that cannot get in costs one
 * comparison ({@link #admits}).
 */
final class BestFirst {

    private final int capacity;
    private long[] ranks;
    private long[] ties;
    private long[] first;
    private long[] second;
    private int size;

    /** {@code expected}: how many entries are likely offered at most, to size the arrays. */
    BestFirst(int capacity, int expected) {
        this.capacity = capacity;
        int initial = Math.max(1, Math.min(capacity, expected));
        ranks = new long[initial];
        ties = new long[initial];
        first = new long[initial];
        second = new long[initial];
    }

    /**
     * The rank of a double under {@link Double#compare}: a long that orders the same way (-0.0
     * before 0.0, NaN last).
     */
    static long rankOf(double value) {
        long bits = Double.doubleToLongBits(value);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** Whether an entry of this rank and tie-breaker would be kept now. */
    boolean admits(long rank, long tie) {
        return size < capacity || size > 0 && before(rank, tie, 0);
    }

    /**
     * The rank of the worst kept entry once {@code capacity} are kept, the largest rank before:
     * an entry of a larger rank cannot get in, whatever its tie-breaker.
     */
    long worstRank() {
        return size < capacity ? Long.MAX_VALUE : size == 0 ? Long.MIN_VALUE : ranks[0];
    }

    /** Keeps the entry if it is among the best so far. */
    void offer(long rank, long tie, long firstValue, long secondValue) {
        if (!admits(rank, tie)) {
            return;
        }
        if (size < capacity) {
            if (size == ranks.length) {
                grow();
            }
            set(size, rank, tie, firstValue, secondValue);
            siftUp(size++);
        } else {
            set(0, rank, tie, firstValue, secondValue);
            siftDown(0, size);
        }
    }

    /** Offers every entry {@code other} keeps. */
    void offerAll(BestFirst other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.ranks[i], other.ties[i], other.first[i], other.second[i]);
        }
    }

    int size() {
        return size;
    }

    /** Puts the kept entries in order, best first; after this, nothing more may be offered. */
    void sort() {
        for (int end = size - 1; end > 0; end--) {
            swap(0, end);
            siftDown(0, end);
        }
    }

    long tieAt(int i) {
        return ties[i];
    }

    long firstAt(int i) {
        return first[i];
    }

    long secondAt(int i) {
        return second[i];
    }

    private boolean before(long rank, long tie, int i) {
        return rank < ranks[i] || rank == ranks[i] && tie < ties[i];
    }

    private boolean after(int a, int b) {
        return ranks[a] > ranks[b] || ranks[a] == ranks[b] && ties[a] > ties[b];
    }

    private void set(int i, long rank, long tie, long firstValue, long secondValue) {
        ranks[i] = rank;
        ties[i] = tie;
        first[i] = firstValue;
        second[i] = secondValue;
    }

    /** The root is the worst kept entry. */
    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!after(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i, int end) {
        while (true) {
            int worst = i;
            int left = 2 * i + 1;
            if (left < end && after(left, worst)) {
                worst = left;
            }
            if (left + 1 < end && after(left + 1, worst)) {
                worst = left + 1;
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        long rank = ranks[a];
        ranks[a] = ranks[b];
        ranks[b] = rank;
        long tie = ties[a];
        ties[a] = ties[b];
        ties[b] = tie;
        long f = first[a];
        first[a] = first[b];
        first[b] = f;
        long s = second[a];
        second[a] = second[b];
        second[b] = s;
    }

    private void grow() {
        int length = (int) Math.min(capacity, 2L * ranks.length);
        ranks = Arrays.copyOf(ranks, length);
        ties = Arrays.copyOf(ties, length);
        first = Arrays.copyOf(first, length);
        second = Arrays.copyOf(second, length);
    }
}
