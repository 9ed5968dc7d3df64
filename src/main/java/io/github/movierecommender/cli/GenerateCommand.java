package io.github.movierecommender.cli;

import io.github.movierecommender.synth.SyntheticDataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", description = "Writes a synthetic MovieLens-shaped dataset (ml-latest layout) "
        + "for scale tests; by default the size of ml-32m.")
final class GenerateCommand implements Callable<Integer> {

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
        SyntheticDataset.Size size = new SyntheticDataset.Size(users, movies, ratings);
        ProgressBar progress = new ProgressBar(spec.commandLine().getErr(), "generating", ratings);
        new SyntheticDataset(size, seed).writeTo(out, progress::update);
        progress.finish();
        spec.commandLine().getOut().printf("wrote %,d ratings of %,d users for %,d movies to %s%n",
                ratings, users, movies, out);
        return 0;
    }
}
