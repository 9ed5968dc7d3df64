package io.github.movierecommender.cli;

import io.github.movierecommender.appdata.AppVersion;
import io.github.movierecommender.appdata.MemoryAdvice;
import io.github.movierecommender.data.Quote;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The headless commands. Errors go to stderr as one message, never a stack trace: exit code 1 for
 * data problems and for running out of memory, 2 for usage. Everything printed goes through an
 * {@link InertWriter}, so text from a dataset cannot drive the terminal. Every command answers
 * {@code --help} (and {@code help COMMAND}) with its usage and {@code --version} with the build's version.
 */
@Command(name = "movie-recommender", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = MovieRecommenderCli.Version.class,
        description = "Recommends movies from the MovieLens datasets. Run without arguments for the desktop app.")
public final class MovieRecommenderCli {

    /** The commands in the order {@code help} lists them. */
    private static final List<Class<?>> COMMANDS = List.of(StatsCommand.class, RecommendCommand.class,
            NeighboursCommand.class, DownloadCommand.class, DemoCommand.class, GenerateCommand.class,
            BenchCommand.class, EvaluateCommand.class, HelpCommand.class);

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        InertWriter inertErr = new InertWriter(err);
        PrintWriter safeErr = new PrintWriter(inertErr, true);
        CommandLine commandLine = new CommandLine(new MovieRecommenderCli());
        for (Class<?> command : commandsFor(args)) {
            commandLine.addSubcommand(command);
        }
        commandLine.setOut(new PrintWriter(new InertWriter(out), true));
        commandLine.setErr(safeErr);
        commandLine.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(Path.class, MovieRecommenderCli::path);
        commandLine.setParameterExceptionHandler((e, unmatchedArgs) -> {
            e.getCommandLine().getErr().println("error: " + Quote.inert(e.getMessage()));
            return 2;
        });
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            endOpenLine(inertErr, safeErr);
            safeErr.println(MemoryAdvice.isOutOfMemory(e) ? outOfMemory(commandName(args))
                    : "error: " + Quote.inert(e.getMessage() == null ? e.getClass().getSimpleName()
                            : e.getMessage()));
            return 1;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            endOpenLine(inertErr, safeErr);
            safeErr.println(outOfMemory(commandName(args)));
            return 1;
        }
    }

    /**
     * Only the command that runs, when the first argument names one: picocli reads every option of
     * every command it is given by reflection, which was about a quarter of the CPU time of {@code stats}.
     * {@code help}, {@code --help}, {@code --version} and mistakes get them all, as they list or suggest them.
     */
    static List<Class<?>> commandsFor(String... args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                if (command != HelpCommand.class && command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    private static Path path(String value) {
        if (value.isBlank()) {
            throw new CommandLine.TypeConversionException("an empty path names no file or folder");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a path: " + e.getReason());
        }
    }

    private static void endOpenLine(InertWriter inertErr, PrintWriter err) {
        err.flush();
        if (inertErr.lineOpen()) {
            err.println();
        }
    }

    private static String commandName(String[] args) {
        return args.length == 0 ? "" : args[0] + " …";
    }

    /** What ran out and what to do, for the way this JVM was started. */
    static String outOfMemory(String command) {
        MemoryAdvice advice = MemoryAdvice.ofThisJvm();
        String option = advice.largerHeapOption();
        String howTo = advice.installedLauncher()
                ? "set the environment variable JAVA_TOOL_OPTIONS=" + option + " and run movie-recommender "
                        + command + " again"
                : "java " + option + " -jar movie-recommender.jar " + command;
        return "error: out of memory: the data and work of this command do not fit in Java's heap of at most "
                + String.format("%,d MB", advice.heapLimitMegabytes()) + ". Give Java more memory: " + howTo;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"movie-recommender " + AppVersion.current()};
        }
    }
}
