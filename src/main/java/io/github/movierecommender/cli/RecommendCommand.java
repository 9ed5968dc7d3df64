package io.github.movierecommender.cli;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.Quote;
import io.github.movierecommender.profile.ProfileException;
import io.github.movierecommender.recommend.BuildMonitor;
import io.github.movierecommender.recommend.EnglishText;
import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.MethodSettings;
import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.recommend.PopularRanking;
import io.github.movierecommender.recommend.Recommendation;
import io.github.movierecommender.recommend.RecommendationList;
import io.github.movierecommender.recommend.Recommender;
import io.github.movierecommender.recommend.Training;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "recommend", description = {"Recommends movies for users of a dataset, or for the ratings in a "
        + "profile file.", "With --profile, the user shown is the file's user id when it holds one, else 0.",
    "--user all --out lists.csv writes the lists of every user, in the dataset's user order whatever --threads; "
        + "the file appears only once complete (Ctrl+C leaves none)."})
final class RecommendCommand implements Callable<Integer> {

    /** Exit code after Ctrl+C, as a shell reports a process ended by SIGINT. */
    private static final int STOPPED = 130;
    private static final long STOP_WAIT_SECONDS = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOptions dataset;

    @Mixin
    NeighbourOptions neighbours;

    @Option(names = "--method", required = true, completionCandidates = MethodNames.Listing.class,
            description = "${COMPLETION-CANDIDATES}; knn is the neighbours of --mode: in the default mode "
                    + Methods.DEFAULT_NEIGHBOUR_METHOD + ", or knn-MEASURE with --measure")
    String method;

    @Option(names = "--n", defaultValue = "10", description = "length of each list (default ${DEFAULT-VALUE})")
    int n;

    @Option(names = "--min-votes", defaultValue = "50",
            description = "votes a movie needs, popular and genre (default ${DEFAULT-VALUE})")
    int minVotes;

    @Option(names = "--ranking", defaultValue = "best-rated",
            description = "popular method: most-voted, best-rated or damped (default ${DEFAULT-VALUE})")
    String ranking;

    @Option(names = "--genre", description = "popular method: only this genre")
    String genre;

    @Option(names = "--json", description = "one JSON object per user, one per line")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE.csv",
            description = "write userId,rank,movieId,title,score,support, a row per listed movie, to a CSV file")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "threads that make the lists, from 1 to " + BatchLists.MAX_THREADS
                    + " (default: all cores; training a method uses every core)")
    Integer threads;

    @Override
    public Integer call() throws DatasetException, ProfileException, IOException {
        CommandLine commandLine = spec.commandLine();
        if (n < 1 || neighbours.k < 1 || neighbours.minCommon < 1 || neighbours.minSupport < 1 || minVotes < 0) {
            throw new CommandLine.ParameterException(commandLine,
                    "--k, --n, --min-common and --min-support must be at least 1, --min-votes at least 0");
        }
        if (threads != null && (threads < 1 || threads > BatchLists.MAX_THREADS)) {
            throw new CommandLine.ParameterException(commandLine,
                    "--threads " + threads + ": give from 1 to " + BatchLists.MAX_THREADS + " threads");
        }
        PopularRanking popularRanking = popularRanking(commandLine);
        Method chosen = method(commandLine);
        MethodSettings settings = new MethodSettings(neighbours.k, n, minVotes, popularRanking, genre,
                neighbours.measure, neighbours.minCommon, neighbours.minSupport, neighbours.significance);
        dataset.requireUsersOrProfile(commandLine);
        if (out != null) {
            dataset.requireUsableOutput(out, commandLine);
        }
        Dataset data = dataset.load();
        Limits limits = new Limits(commandLine, data);
        limits.atMostMovies("--n", n);
        limits.atMostUsers("--k", neighbours.k);
        Subjects subjects = dataset.subjects(data, commandLine);
        Recommender recommender = chosen.build(Training.of(data), BuildMonitor.NONE);
        BatchLists batch = new BatchLists(recommender, settings,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        if (out != null) {
            return writeCsv(batch, subjects);
        }
        PrintWriter stdout = commandLine.getOut();
        batch.forEach(subjects, (i, list) -> stdout.println(json ? Json.write(ListJson.of(subjects.userId(i), list))
                : text(subjects.label(i), list)), () -> false);
        return 0;
    }

    private PopularRanking popularRanking(CommandLine commandLine) {
        return switch (ranking.toLowerCase(Locale.ROOT)) {
            case "most-voted" -> PopularRanking.MOST_VOTED;
            case "best-rated" -> PopularRanking.BEST_RATED;
            case "damped" -> PopularRanking.DAMPED_MEAN;
            default -> throw new CommandLine.ParameterException(commandLine,
                    "unknown ranking '" + ranking + "': use most-voted, best-rated or damped");
        };
    }

    /** The registered method named, {@code knn} being the neighbours of {@code --mode} (and {@code --measure}). */
    private Method method(CommandLine commandLine) {
        try {
            Measure measure = neighbours.measure;
            Method named = method.trim().equalsIgnoreCase(Methods.DEFAULT_NEIGHBOURS)
                    ? Methods.neighbours(neighbours.mode, measure)
                    : Methods.parse(method, measure);
            if (!named.abilities().lists()) {
                throw new IllegalArgumentException(named.name() + " predicts ratings and makes no lists: use "
                        + String.join(", ", new MethodNames.Listing()));
            }
            return named;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    /**
     * Streams the lists to a temporary file that replaces {@code out} once complete. Ctrl+C stops the
     * work, and the JVM waits for the temporary file to be removed before it ends.
     */
    private int writeCsv(BatchLists batch, Subjects subjects) throws IOException {
        CommandLine commandLine = spec.commandLine();
        int count = subjects.size();
        ProgressBar progress = new ProgressBar(commandLine.getErr(), "recommending", count);
        AtomicBoolean stopped = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);
        Thread stopOnCtrlC = new Thread(() -> {
            stopped.set(true);
            awaitQuietly(ended);
        }, "recommend-stop");
        Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
        long started = System.nanoTime();
        try {
            OutputFile.write(out, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                batch.writeCsv(subjects, writer, progress::update, stopped::get);
                writer.flush();
            });
        } catch (CancellationException e) {
            commandLine.getErr().printf("%nstopped: %s was not written%n", Quote.inert(out.toString()));
            return STOPPED;
        } finally {
            ended.countDown();
            removeHook(stopOnCtrlC);
        }
        progress.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        commandLine.getOut().printf(Locale.ROOT, "wrote the top %d for %,d users to %s in %.1f s (%,.0f users/s on %d "
                + "threads)%n", n, count, Quote.inert(out.toString()), seconds, count / Math.max(seconds, 1e-9),
                batch.threads());
        return 0;
    }

    private static void awaitQuietly(CountDownLatch ended) {
        try {
            ended.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running and ends the JVM anyway.
        }
    }

    private static String text(String label, RecommendationList list) {
        StringBuilder text = new StringBuilder(label + " · " + list.method() + "\n");
        int rank = 1;
        for (Recommendation item : list.items()) {
            text.append(String.format(Locale.ROOT, "%3d. %-60s %6.2f  %s%n", rank++,
                    Quote.inert(item.movie().title()), item.score(), Quote.inert(EnglishText.of(item.explanation()))));
        }
        list.shortfallIfAny().ifPresent(reason -> text.append("     (").append(Quote.inert(EnglishText.of(reason)))
                .append(")\n"));
        return text.toString().stripTrailing();
    }

    static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    record ItemJson(int rank, int movieId, String title, double score, int support, String explanation) {
    }

    record ListJson(int user, String method, List<ItemJson> items, String emptyReason) {
        static ListJson of(int userId, RecommendationList list) {
            List<ItemJson> items = new ArrayList<>();
            for (Recommendation item : list.items()) {
                items.add(new ItemJson(items.size() + 1, item.movie().id(), item.movie().title(), round(item.score()),
                        item.support(), EnglishText.of(item.explanation())));
            }
            return new ListJson(userId, list.method(), items, EnglishText.of(list.shortfall()));
        }
    }
}
