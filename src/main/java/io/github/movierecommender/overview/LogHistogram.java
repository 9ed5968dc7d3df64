package io.github.movierecommender.overview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts of positive whole numbers (such as each user's number of ratings) in bins that double in
 * width: 1, 2–3, 4–7, 8–15, … up to the bin of the largest value, empty bins included, with the
 * exact median of the values. Nothing is sorted unless the median's bin is wider than there are values.
 */
public record LogHistogram(List<Bin> bins, double median) {

    /** The values from {@code from} to {@code to}, both included, occur {@code count} times. */
    public record Bin(int from, int to, int count) {
    }

    public LogHistogram {
        bins = List.copyOf(bins);
    }

    /** {@code values} must all be 1 or more; it is left as it is. */
    public static LogHistogram of(int[] values) {
        if (values.length == 0) {
            return new LogHistogram(List.of(), 0);
        }
        int[] counts = new int[Integer.SIZE];
        int highest = 0;
        for (int value : values) {
            if (value < 1) {
                throw new IllegalArgumentException("a histogram value must be 1 or more, not " + value);
            }
            int bin = binOf(value);
            counts[bin]++;
            highest = Math.max(highest, bin);
        }
        List<Bin> bins = new ArrayList<>(highest + 1);
        for (int bin = 0; bin <= highest; bin++) {
            bins.add(new Bin(1 << bin, (int) Math.min(Integer.MAX_VALUE, (2L << bin) - 1), counts[bin]));
        }
        return new LogHistogram(bins, median(values, counts));
    }

    private static int binOf(int value) {
        return Integer.SIZE - 1 - Integer.numberOfLeadingZeros(value);
    }

    /** The exact median, found by counting the values of the bin it falls in rather than sorting them all. */
    private static double median(int[] values, int[] counts) {
        int lower = valueAt(values, counts, (values.length - 1) / 2);
        if (values.length % 2 == 1) {
            return lower;
        }
        return (lower + (double) valueAt(values, counts, values.length / 2)) / 2;
    }

    /** The value that would stand at {@code rank} (from 0) if the values were sorted. */
    private static int valueAt(int[] values, int[] counts, int rank) {
        int bin = 0;
        while (rank >= counts[bin]) {
            rank -= counts[bin];
            bin++;
        }
        int from = 1 << bin;
        int[] inBin = new int[counts[bin]];
        int found = 0;
        for (int value : values) {
            if (binOf(value) == bin) {
                inBin[found++] = value;
            }
        }
        if (from > inBin.length) {
            Arrays.sort(inBin);
            return inBin[rank];
        }
        int[] tally = new int[from];
        for (int value : inBin) {
            tally[value - from]++;
        }
        int offset = 0;
        while (rank >= tally[offset]) {
            rank -= tally[offset];
            offset++;
        }
        return from + offset;
    }

    /** How many values were counted. */
    public long total() {
        return bins.stream().mapToLong(Bin::count).sum();
    }

    /** The bin the median falls in (a median between two bins, such as 3.5, goes to the lower); -1 when empty. */
    public int medianBin() {
        return bins.isEmpty() ? -1 : binOf((int) median);
    }
}
