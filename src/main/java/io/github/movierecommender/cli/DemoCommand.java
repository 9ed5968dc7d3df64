package io.github.movierecommender.cli;

import io.github.movierecommender.data.Quote;
import io.github.movierecommender.synth.DemoDataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = "Writes the demo dataset (ml-latest layout): the real titles, years and "
        + "genres of a few hundred well-known films, rated by synthetic users. The project's data/demo is "
        + "exactly this command's output with the default seed. The files appear in the folder only once all are "
        + "written; files of other names in it are kept.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FOLDER")
    Path out;

    @Option(names = "--seed", defaultValue = "" + DemoDataset.DEFAULT_SEED)
    long seed;

    @Override
    public Integer call() throws IOException {
        OutputFile.requireFolder(out, spec.commandLine());
        DemoDataset.Summary summary = OutputFile.writeFolder(out, new DemoDataset(seed)::writeTo);
        spec.commandLine().getOut().printf("wrote %d films, %d synthetic users, %d ratings and %d tags to %s%n",
                summary.movies(), summary.users(), summary.ratings(), summary.tags(),
                Quote.inert(out.toString()));
        return 0;
    }
}
