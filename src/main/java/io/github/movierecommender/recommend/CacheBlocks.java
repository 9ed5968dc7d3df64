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

    private CacheBlocks() {
    }

    /**
     * The length of each block of {@code span} slots, at most {@code most}, for a scan of
     * {@code entries} entries in {@code rows} rows: the whole span when the rows are short.
     */
    static int length(long entries, int rows, int span, int most) {
        long worth = Math.max(1, entries / ((long) Math.max(1, rows) * ROW_ENTRIES_PER_BLOCK));
        long needed = Math.max(1, (span + (long) most - 1) / most);
        long blocks = Math.min(worth, needed);
        return (int) Math.max(1, (span + blocks - 1) / blocks);
    }
}
