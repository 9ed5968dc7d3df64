package io.github.movierecommender.cli;

import io.github.movierecommender.data.Dataset;
import picocli.CommandLine;

/**
 * Checks the sizes a user asked for against what the loaded dataset can use: more neighbours
 * than users, or longer lists than movies, is a usage error rather than a run that allocates for
 * them. Only values given on the command line are checked, so a default never fails on a small dataset.
 */
record Limits(CommandLine commandLine, Dataset dataset) {

    void atMostUsers(String option, long value) {
        atMost(option, value, dataset.ratings().userCount(), "users");
    }

    void atMostMovies(String option, long value) {
        atMost(option, value, dataset.movies().size(), "movies");
    }

    void atMostRatings(String option, long value) {
        atMost(option, value, dataset.ratings().size(), "ratings");
    }

    private void atMost(String option, long value, long available, String what) {
        if (value > available && commandLine.getParseResult().hasMatchedOption(option)) {
            throw new CommandLine.ParameterException(commandLine, String.format("%s %,d is more than the %,d %s of %s",
                    option, value, available, what, dataset.source()));
        }
    }
}
