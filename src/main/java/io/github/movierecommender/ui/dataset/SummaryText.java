package io.github.movierecommender.ui.dataset;

import io.github.movierecommender.data.DatasetSummary;
import io.github.movierecommender.data.LoadReport;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.i18n.ProblemText;
import java.util.List;
import java.util.stream.Stream;

/**
 * A loaded dataset's summary, written out for the user in their language; {@code firstBadLines}
 * starts with the warnings about optional files left out.
 */
public record SummaryText(String format, String source, String users, String movies, String ratings,
                          String tags, String ratingRange, String firstRating, String lastRating,
                          String skippedLines, List<String> firstBadLines, String loadTime) {

    public SummaryText {
        firstBadLines = List.copyOf(firstBadLines);
    }

    public static SummaryText of(LoadedDataset loaded, Messages messages) {
        DatasetSummary summary = loaded.summary();
        LoadReport report = loaded.dataset().report();
        ProblemText problems = new ProblemText(messages);
        List<String> badLines = Stream.concat(report.warnings().stream().map(problems::of),
                report.firstBadLines().stream().map(problems::of)).toList();
        return new SummaryText(summary.format(), summary.source(), messages.number(summary.users()),
                messages.number(summary.movies()), messages.number(summary.ratings()),
                messages.number(summary.tags()),
                messages.format("summary.ratingRangeValue", summary.minRating(), summary.maxRating()),
                messages.date(summary.firstRating()), messages.date(summary.lastRating()),
                messages.number(summary.skippedLines()), badLines,
                messages.format("summary.loadTimeValue", summary.loadMillis() / 1000.0));
    }
}
