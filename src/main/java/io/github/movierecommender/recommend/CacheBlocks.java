package io.github.movierecommender.recommend;

/**
 * How finely a scan of many sorted rows into a large scratch array is cut into blocks of the
 * array, each visited row by row so that its part of the array stays in the core's cache. Every
 * block starts each row afresh at a place the memory cannot have guessed, so a block pays only
 * when the rows are long: many short rows (a profile of thousands of rarely rated movies) are best
 * walked once each.
 */
final class CacheBlocks {

    /** The fewest entries of a row, on average, that a block's fresh start in it is worth. */
    static final int ROW_ENTRIES_PER_BLOCK = 1024;
    /** The fewest entries of a row, on average, that a shared scan's extra cut is worth. */
    static final int ROW_ENTRIES_PER_SHARED_BLOCK = 256;
    private static final int BLOCKS_PER_WORKER = 4;

    private CacheBlocks() {
    }

    /**
     * The length of each block of {@code span} slots, at most {@code most}, for a scan of
     * {@code entries} entries in {@code rows} rows: the whole span when the rows are short.
     */
    static int length(long entries, int rows, int span, int most) {
        long worth = Math.max(1, entries / ((long) Math.max(1, rows) * ROW_ENTRIES_PER_BLOCK));
        long needed = Math.max(1, (span + (long) most - 1) / most);
        return lengthOf(span, Math.min(worth, needed));
    }

    /**
     * The length of each block for a scan shared by {@code workers} threads, which take blocks one
     * at a time: {@link #length}'s blocks, or more, at least one per worker however short the rows
     * (a scan is shared only when it is long) and up to {@value #BLOCKS_PER_WORKER} per worker, so
     * that the workers end about together, as far as the rows hold {@code rowEntries} entries per
     * block on average (0: however short the rows).
     */
    static int sharedLength(long entries, int rows, int span, int most, int workers, int rowEntries) {
        int length = length(entries, rows, span, most);
        if (workers < 2) {
            return length;
        }
        long wanted = (long) BLOCKS_PER_WORKER * workers;
        long worth = rowEntries == 0 ? wanted : entries / ((long) Math.max(1, rows) * rowEntries);
        long blocks = Math.max((span + (long) length - 1) / length, Math.min(wanted, Math.max(workers, worth)));
        return lengthOf(span, blocks);
    }

    private static int lengthOf(int span, long blocks) {
        return (int) Math.max(1, (span + blocks - 1) / blocks);
    }
}
