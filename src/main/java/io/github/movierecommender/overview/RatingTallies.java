package io.github.movierecommender.overview;

import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.overview.DatasetOverview.RatingCount;
import io.github.movierecommender.overview.DatasetOverview.YearCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The ratings counted by star value and by year, in one pass over them. */
final class RatingTallies {

    private static final int FIRST_YEAR = 1970;
    private static final long SECONDS_PER_DAY = 86_400;
    /** Timestamps are unsigned 32-bit seconds since 1970. */
    private static final long MAX_TIMESTAMP = 0xFFFF_FFFFL;
    private static final short[] YEAR_OF_DAY = yearOfDay();

    private final long[] byHalfStars = new long[11];
    private final long[] byYear = new long[YEAR_OF_DAY[YEAR_OF_DAY.length - 1] + 1];

    private RatingTallies() {
    }

    static RatingTallies of(Ratings ratings) {
        RatingTallies tallies = new RatingTallies();
        for (int i = 0; i < ratings.size(); i++) {
            tallies.byHalfStars[ratings.userHalfStarsAt(i)]++;
            tallies.byYear[YEAR_OF_DAY[(int) (ratings.userTimeAt(i) / SECONDS_PER_DAY)]]++;
        }
        return tallies;
    }

    /** Years since 1970 of each day since 1970 that a timestamp can fall on. */
    private static short[] yearOfDay() {
        short[] years = new short[(int) (MAX_TIMESTAMP / SECONDS_PER_DAY) + 1];
        for (int year = FIRST_YEAR, from = 0; from < years.length; year++) {
            int to = (int) Math.min(years.length, LocalDate.of(year + 1, 1, 1).toEpochDay());
            Arrays.fill(years, from, to, (short) (year - FIRST_YEAR));
            from = to;
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
