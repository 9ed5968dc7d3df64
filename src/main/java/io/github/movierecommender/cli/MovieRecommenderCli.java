package io.github.movierecommender.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless commands. Errors go to stderr: exit code 1 for data problems, 2 for usage. */
@Command(name = "movie-recommender", mixinStandardHelpOptions = true,
        versionProvider = MovieRecommenderCli.Version.class,
        description = "Recommends movies from the MovieLens datasets. Run without arguments for the desktop app.",
        subcommands = {StatsCommand.class, RecommendCommand.class, NeighboursCommand.class, DownloadCommand.class,
            DemoCommand.class, GenerateCommand.class, BenchCommand.class, EvaluateCommand.class})
public final class MovieRecommenderCli {

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new MovieRecommenderCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((e, unmatchedArgs) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            return 2;
        });
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("error: " + e.getMessage());
            return 1;
        });
        return commandLine.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MovieRecommenderCli.class.getPackage().getImplementationVersion();
            return new String[] {"movie-recommender " + (version == null ? "development build" : version)};
        }
    }
}
