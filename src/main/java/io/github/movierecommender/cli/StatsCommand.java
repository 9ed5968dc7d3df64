package io.github.movierecommender.cli;

import io.github.movierecommender.data.BadLine;
import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.DatasetSummary;
import io.github.movierecommender.data.Quote;
import io.github.movierecommender.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = "Loads a dataset (folder or zip) and prints its summary.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "MovieLens folder or zip")
    Path data;

    @Mixin
    SnapshotOption snapshot;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() throws DatasetException {
        Dataset dataset = snapshot.load(data);
        DatasetSummary summary = dataset.summary();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(summary));
        } else {
            printText(out, summary);
            for (Problem warning : dataset.report().warnings()) {
                out.println("  warning: " + warning);
            }
            for (BadLine bad : dataset.report().firstBadLines()) {
                out.println("  skipped " + Quote.inert(bad.toString()));
            }
        }
        return 0;
    }

    private static void printText(PrintWriter out, DatasetSummary s) {
        out.printf("%s (%s)%n", Quote.inert(s.source()), s.format());
        out.printf("users       %,d%n", s.users());
        out.printf("movies      %,d%n", s.movies());
        out.printf("ratings     %,d (%.1f to %.1f stars, %s to %s)%n", s.ratings(), s.minRating(), s.maxRating(),
                s.firstRating(), s.lastRating());
        out.printf("tags        %,d%n", s.tags());
        out.printf("skipped     %,d lines, %,d repeated ratings, %,d movies missing from the catalogue%n",
                s.skippedLines(), s.duplicateRatings(), s.placeholderMovies());
        out.printf("loaded in   %,d ms%n", s.loadMillis());
    }
}
