package io.github.movierecommender.cli;

import io.github.movierecommender.data.Quote;
import io.github.movierecommender.synth.SyntheticDataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "generate", description = {"Writes a synthetic MovieLens-shaped dataset (ml-latest layout) "
        + "for scale tests; by default the size of ml-32m.",
    "The files appear in the folder only once all are written; files of other names in it are kept."})
final class GenerateCommand implements Callable<Integer> {

    private static final int MAX_USERS = 10_000_000;
    private static final int MAX_MOVIES = 10_000_000;
    /** As many ratings as the app can load. */
    private static final long MAX_RATINGS = 2_000_000_000L;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FOLDER")
    Path out;

    @Option(names = "--users", defaultValue = "200948")
    int users;

    @Option(names = "--movies", defaultValue = "87585")
    int movies;

    @Option(names = "--ratings", defaultValue = "32000204")
    long ratings;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        SyntheticDataset.Size size = size(commandLine);
        OutputFile.requireFolder(out, commandLine);
        ProgressBar progress = new ProgressBar(commandLine.getErr(), "generating", ratings);
        OutputFile.writeFolder(out, folder -> {
            new SyntheticDataset(size, seed).writeTo(folder, progress::update);
            return folder;
        });
        progress.finish();
        commandLine.getOut().printf("wrote %,d ratings of %,d users for %,d movies to %s%n",
                ratings, users, movies, Quote.inert(out.toString()));
        return 0;
    }

    private SyntheticDataset.Size size(CommandLine commandLine) {
        if (users > MAX_USERS || movies > MAX_MOVIES || ratings > MAX_RATINGS) {
            throw new CommandLine.ParameterException(commandLine, String.format(
                    "give at most %,d --users, %,d --movies and %,d --ratings", MAX_USERS, MAX_MOVIES, MAX_RATINGS));
        }
        try {
            return new SyntheticDataset.Size(users, movies, ratings);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "--users " + users + ", --movies " + movies
                    + ", --ratings " + ratings + ": " + e.getMessage());
        }
    }
}
