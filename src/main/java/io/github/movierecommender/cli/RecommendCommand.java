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
import io.github.movierecommender.recommend.Profile;
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
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "recommend", description = {"Recommends movies for users of a dataset, or for the ratings in a "
        + "profile file.", "With --profile, the user shown is the file's user id when it holds one, else 0."})
final class RecommendCommand implements Callable<Integer> {

    private static final int CSV_BATCH = 1024;

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
            description = "write userId,rank,movieId,title,score,support for every user to a CSV file")
    Path out;

    @Override
    public Integer call() throws DatasetException, ProfileException, IOException {
        CommandLine commandLine = spec.commandLine();
        if (n < 1 || neighbours.k < 1 || neighbours.minCommon < 1 || neighbours.minSupport < 1 || minVotes < 0) {
            throw new CommandLine.ParameterException(commandLine,
                    "--k, --n, --min-common and --min-support must be at least 1, --min-votes at least 0");
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
        if (out != null) {
            writeCsv(recommender, subjects, settings);
            return 0;
        }
        PrintWriter stdout = commandLine.getOut();
        for (int i = 0; i < subjects.size(); i++) {
            RecommendationList list = recommender.forProfile(subjects.profile(i)).recommend(settings);
            stdout.println(json ? Json.write(ListJson.of(subjects.userId(i), list)) : text(subjects.label(i), list));
        }
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

    /** Recommends for the users in batches on every core, writing each batch in order, so memory stays flat. */
    private void writeCsv(Recommender recommender, Subjects subjects, MethodSettings settings) throws IOException {
        int count = subjects.size();
        ProgressBar progress = new ProgressBar(spec.commandLine().getErr(), "recommending", count);
        RecommendationList[] batch = new RecommendationList[CSV_BATCH];
        OutputFile.write(out, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            CSVPrinter csv = CSVFormat.DEFAULT.builder()
                    .setHeader("userId", "rank", "movieId", "title", "score", "support").get().print(writer);
            for (int start = 0; start < count; start += CSV_BATCH) {
                int from = start;
                int size = Math.min(CSV_BATCH, count - start);
                IntStream.range(0, size).parallel().forEach(i -> batch[i] =
                        recommender.forProfile(subjects.profile(from + i)).recommend(settings));
                for (int i = 0; i < size; i++) {
                    int rank = 1;
                    for (Recommendation item : batch[i].items()) {
                        csv.printRecord(subjects.userId(from + i), rank++, item.movie().id(), item.movie().title(),
                                round(item.score()), item.support());
                    }
                }
                progress.update(from + size);
            }
            csv.flush();
        });
        progress.finish();
        spec.commandLine().getOut().printf("wrote the top %d for %,d users to %s%n", n, count,
                Quote.inert(out.toString()));
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
