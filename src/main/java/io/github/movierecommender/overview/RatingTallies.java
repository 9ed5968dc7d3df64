package io.github.movierecommender.overview;

import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.overview.DatasetOverview.RatingCount;
import io.github.movierecommender.overview.DatasetOverview.YearCount;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The ratings counted by star value and by year, in one pass over them: with a million ratings or
 * more, the pass is cut into one run of ratings per core, each counting into its own table, and the
 * tables are added up.
 */
final class RatingTallies {

    private static final int PARALLEL_MIN_RATINGS = 1 << 20;
    private static final int FIRST_YEAR = 1970;
    /** Timestamps are unsigned 32-bit seconds since 1970. */
    private static final long MAX_TIMESTAMP = 0xFFFF_FFFFL;
    /** The seconds since 1970 at which each year from 1970 starts, up to the first after the last timestamp. */
    private static final long[] YEAR_STARTS = yearStarts();
    private static final int YEARS = YEAR_STARTS.length - 1;
    /** A timestamp's block is its top 16 bits: 65,536 seconds, about 18 hours. */
    private static final int BLOCK_SHIFT = 16;
    /** The year (since 1970, unsigned) of every second of a block, or {@link #NEW_YEAR_IN_BLOCK}. */
    private static final byte[] YEAR_OF_BLOCK = yearOfBlock();
    private static final int NEW_YEAR_IN_BLOCK = 0xFF;
    /** Half stars run from 0 to 10; each year has a row of 11 counts. */
    private static final int HALF_STAR_VALUES = 11;

    private final long[] byHalfStars = new long[HALF_STAR_VALUES];
    private final long[] byYear = new long[YEARS];

    private RatingTallies() {
    }

    static RatingTallies of(Ratings ratings) {
        int parts = ratings.size() < PARALLEL_MIN_RATINGS ? 1 : Runtime.getRuntime().availableProcessors();
        return of(ratings, parts);
    }

    /** Counted in {@code parts} runs of ratings side by side. */
    static RatingTallies of(Ratings ratings, int parts) {
        int size = ratings.size();
        int[][] tables = IntStream.range(0, parts).parallel()
                .mapToObj(p -> count(ratings, (int) ((long) size * p / parts), (int) ((long) size * (p + 1) / parts)))
                .toArray(int[][]::new);
        RatingTallies tallies = new RatingTallies();
        for (int[] table : tables) {
            for (int year = 0; year < YEARS; year++) {
                for (int halfStars = 0; halfStars < HALF_STAR_VALUES; halfStars++) {
                    int count = table[year * HALF_STAR_VALUES + halfStars];
                    tallies.byYear[year] += count;
                    tallies.byHalfStars[halfStars] += count;
                }
            }
        }
        return tallies;
    }

    /** Ratings {@code from} to {@code to} (excluded) counted by year and half stars at once. */
    private static int[] count(Ratings ratings, int from, int to) {
        int[] table = new int[YEARS * HALF_STAR_VALUES];
        for (int i = from; i < to; i++) {
            long time = ratings.userTimeAt(i);
            int year = YEAR_OF_BLOCK[(int) (time >>> BLOCK_SHIFT)] & 0xFF;
            if (year == NEW_YEAR_IN_BLOCK) {
                year = yearOf(time);
            }
            table[year * HALF_STAR_VALUES + ratings.userHalfStarsAt(i)]++;
        }
        return table;
    }

    private static int yearOf(long time) {
        int found = Arrays.binarySearch(YEAR_STARTS, time);
        return found >= 0 ? found : -found - 2;
    }

    private static long[] yearStarts() {
        List<Long> starts = new ArrayList<>();
        for (int year = FIRST_YEAR; starts.isEmpty() || starts.get(starts.size() - 1) <= MAX_TIMESTAMP; year++) {
            starts.add(LocalDate.of(year, 1, 1).toEpochSecond(LocalTime.MIDNIGHT, ZoneOffset.UTC));
        }
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    private static byte[] yearOfBlock() {
        byte[] years = new byte[(int) (MAX_TIMESTAMP >>> BLOCK_SHIFT) + 1];
        for (int block = 0; block < years.length; block++) {
            long first = (long) block << BLOCK_SHIFT;
            int year = yearOf(first);
            years[block] = (byte) (year == yearOf(first + (1L << BLOCK_SHIFT) - 1) ? year : NEW_YEAR_IN_BLOCK);
        }
        return years;
    }

    /** Each star value given at least once, from the lowest. */
    List<RatingCount> distribution() {
        List<RatingCount> counts = new ArrayList<>();
        for (int halfStars = 1; halfStars < byHalfStars.length; halfStars++) {
            if (byHalfStars[halfStars] > 0) {
                counts.add(new RatingCount(halfStars / 2.0, byHalfStars[halfStars]));
            }
        }
        return counts;
    }

    /** Every year from the first rating's to the last one's, years without ratings included. */
    List<YearCount> years() {
        int first = 0;
        while (first < byYear.length && byYear[first] == 0) {
            first++;
        }
        int last = byYear.length - 1;
        while (last > first && byYear[last] == 0) {
            last--;
        }
        List<YearCount> counts = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            counts.add(new YearCount(FIRST_YEAR + year, byYear[year]));
        }
        return counts;
    }
}
