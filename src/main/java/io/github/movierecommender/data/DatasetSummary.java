package io.github.movierecommender.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The counts and ranges a person wants to see first about a dataset. */
public record DatasetSummary(String format, String source, int users, int movies, long ratings, long tags,
                             double minRating, double maxRating, LocalDate firstRating,
                             LocalDate lastRating, long skippedLines, long duplicateRatings,
                             int placeholderMovies, long loadMillis) {

    static DatasetSummary of(Dataset dataset) {
        Ratings ratings = dataset.ratings();
        int minHalfStars = Integer.MAX_VALUE;
        int maxHalfStars = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < ratings.size(); i++) {
            int halfStars = ratings.userHalfStarsAt(i);
            minHalfStars = Math.min(minHalfStars, halfStars);
            maxHalfStars = Math.max(maxHalfStars, halfStars);
            long time = ratings.userTimeAt(i);
            first = Math.min(first, time);
            last = Math.max(last, time);
        }
        LoadReport report = dataset.report();
        return new DatasetSummary(dataset.format(), dataset.source(), ratings.userCount(),
                dataset.movies().size(), ratings.size(), dataset.tags().count(), minHalfStars / 2.0,
                maxHalfStars / 2.0, date(first), date(last), report.skippedLines(),
                report.duplicateRatings(), report.placeholderMovies(), report.loadMillis());
    }

    private static LocalDate date(long epochSeconds) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
    }
}
