package io.github.movierecommender.cli;

import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.NeighbourParams;
import picocli.CommandLine.Option;

/** The neighbour options shared by {@code recommend} and {@code neighbours}. */
final class NeighbourOptions {

    @Option(names = "--k", defaultValue = "20", description = "neighbours to use (default ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--min-common", defaultValue = "5",
            description = "co-rated movies a neighbour needs (default ${DEFAULT-VALUE})")
    int minCommon;

    @Option(names = "--measure", description = "euclidean, msd, cosine or pearson "
            + "(default: euclidean in tutorial mode; otherwise knn is knn-baseline, and a measure makes it the "
            + "mean-centred knn-MEASURE)")
    Measure measure;

    @Option(names = "--mode", defaultValue = "default", description = "tutorial or default (default ${DEFAULT-VALUE})")
    NeighbourMode mode;

    @Option(names = "--min-support", defaultValue = "2",
            description = "neighbours who must have rated a movie, default mode (default ${DEFAULT-VALUE})")
    int minSupport;

    @Option(names = "--significance", negatable = true, description = "shrink similarities from fewer than "
            + "50 co-rated movies (default: on in default mode, off in tutorial mode)")
    Boolean significance;

    NeighbourParams params(int n) {
        boolean tutorial = mode == NeighbourMode.TUTORIAL;
        NeighbourParams base = tutorial ? NeighbourParams.tutorial(k, n) : NeighbourParams.defaults(k, n);
        return new NeighbourParams(k, n, minCommon, measure == null ? base.measure() : measure, mode,
                tutorial ? base.minSupport() : minSupport,
                significance == null ? base.significanceWeighting() : significance);
    }
}
