package io.github.movierecommender.data;

import io.github.movierecommender.problem.Problem;
import java.util.List;

/**
 * What a load had to do besides reading: lines skipped (with the first few named), repeated
 * ratings of the same movie by the same user (the latest kept), rated movies missing from the
 * catalogue (kept under a placeholder title), and warnings about optional files (links, tags)
 * that could not be read and were left out.
 */
public record LoadReport(long skippedLines, List<BadLine> firstBadLines, long duplicateRatings,
                         int placeholderMovies, long ratingsOfPlaceholderMovies, List<Problem> warnings,
                         long loadMillis) {

    public static final int BAD_LINES_LISTED = 10;

    public LoadReport {
        firstBadLines = List.copyOf(firstBadLines);
        warnings = List.copyOf(warnings);
    }

    public boolean isClean() {
        return skippedLines == 0 && duplicateRatings == 0 && placeholderMovies == 0 && warnings.isEmpty();
    }
}
