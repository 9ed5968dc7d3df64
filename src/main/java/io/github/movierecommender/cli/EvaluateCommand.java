package io.github.movierecommender.cli;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.Quote;
import io.github.movierecommender.eval.EvalMonitor;
import io.github.movierecommender.eval.EvalPlan;
import io.github.movierecommender.eval.EvalResult;
import io.github.movierecommender.eval.Evaluation;
import io.github.movierecommender.eval.Protocol;
import io.github.movierecommender.eval.ResultsCsv;
import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.Methods;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "evaluate", description = {
    "Measures the recommenders on held-out ratings and prints one row per method and k.",
    "Each split trains on its training part only. RMSE and MAE score predicted ratings (what a method predicts "
        + "when it cannot is named and counted); precision, recall, nDCG and hit rate score the top-n lists "
        + "against held-out ratings of 4 stars or more; coverage is the share of rated movies any list holds."})
final class EvaluateCommand implements Callable<Integer> {

    private static final int MAX_FOLDS = 100;
    private static final int MAX_THREADS = 256;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "MovieLens folder or zip")
    Path data;

    @Option(names = "--method", split = ",", defaultValue = "popular,genre,knn-tutorial,knn",
            completionCandidates = MethodNames.class,
            description = "methods: ${COMPLETION-CANDIDATES}; knn is the default neighbour mode ("
                    + Methods.DEFAULT_NEIGHBOUR_METHOD + ", or knn-MEASURE with --measure); "
                    + Methods.EVERY_METHOD + " runs every one (default ${DEFAULT-VALUE})")
    List<String> methods;

    @Option(names = "--measure", description = "euclidean, msd, cosine or pearson: makes 'knn' the mean-centred "
            + "neighbours with this measure (default: knn is " + Methods.DEFAULT_NEIGHBOUR_METHOD + ")")
    String measure;

    @Option(names = "--k", split = ",", defaultValue = "5,10,20,40", description = "neighbourhood sizes (default ${DEFAULT-VALUE})")
    List<Integer> ks;

    @Option(names = "--n", defaultValue = "10", description = "list length for the top-n metrics (default ${DEFAULT-VALUE})")
    int n;

    @Option(names = "--protocol", defaultValue = "holdout", description = "holdout or kfold (default ${DEFAULT-VALUE})")
    String protocol;

    @Option(names = "--folds", defaultValue = "5", description = "kfold: number of folds (default ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--holdout", defaultValue = "0.2",
            description = "holdout: share of each user's ratings held out (default ${DEFAULT-VALUE})")
    double holdout;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the split (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--users", defaultValue = "0",
            description = "score a sample of this many users, drawn with the seed (default: all); training keeps "
                    + "every user's ratings")
    int users;

    @Option(names = "--threads", description = "threads to use (default: all cores)")
    Integer threads;

    @Option(names = "--json", description = "one JSON object per row, one per line")
    boolean json;

    @Mixin
    SnapshotOption snapshot;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "also write the rows to a CSV file")
    Path out;

    @Override
    public Integer call() throws DatasetException, IOException {
        CommandLine commandLine = spec.commandLine();
        EvalPlan plan = plan();
        if (out != null) {
            OutputFile.requireWritable(out, commandLine);
            OutputFile.requireNotDatasetFile(out, data, commandLine);
        }
        Dataset dataset = snapshot.load(data);
        Limits limits = new Limits(commandLine, dataset);
        limits.atMostUsers("--k", plan.ks().get(plan.ks().size() - 1));
        limits.atMostMovies("--n", n);
        if (plan.protocol() instanceof Protocol.KFold) {
            limits.atMostRatings("--folds", folds);
        }
        PrintWriter err = commandLine.getErr();
        int userCount = dataset.ratings().userCount();
        if (users > userCount) {
            err.printf("--users %,d: %s has %,d users, so every one of them is scored%n", users,
                    Quote.inert(dataset.source()), userCount);
        }
        ProgressBar bar = new ProgressBar(err, "evaluating", 1);
        long started = System.nanoTime();
        List<EvalResult> results = Evaluation.run(dataset, plan, new EvalMonitor() {
            @Override
            public void progress(long done, long total) {
                bar.updateFraction(done / (double) total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        bar.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter output = spec.commandLine().getOut();
        if (json) {
            results.forEach(result -> output.println(Json.write(jsonRow(plan.protocol(), result))));
        } else {
            printTable(output, dataset, plan, results, seconds);
        }
        if (out != null) {
            OutputFile.write(out, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                ResultsCsv.write(plan.protocol().describe(), results, writer);
                writer.flush();
            });
        }
        return 0;
    }

    private EvalPlan plan() {
        try {
            Measure knnMeasure = measure == null ? null : Arrays.stream(Measure.values())
                    .filter(known -> known.name().equalsIgnoreCase(measure)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown measure '" + measure
                            + "': use euclidean, msd, cosine or pearson"));
            Protocol split = switch (protocol.toLowerCase(Locale.ROOT)) {
                case "holdout" -> new Protocol.Holdout(holdout, seed);
                case "kfold" -> new Protocol.KFold(folds, seed);
                default -> throw new IllegalArgumentException("unknown protocol '" + protocol + "': use holdout or kfold");
            };
            List<Method> chosen = methods.stream().anyMatch(name -> name.trim().equalsIgnoreCase(Methods.EVERY_METHOD))
                    ? Methods.all()
                    : methods.stream().map(name -> Methods.parse(name, knnMeasure)).distinct().toList();
            if (folds > MAX_FOLDS) {
                throw new IllegalArgumentException("--folds " + folds + " is more than " + MAX_FOLDS
                        + ": each fold keeps a mark per rating and is trained and scored in full");
            }
            if (threads != null && threads > MAX_THREADS) {
                throw new IllegalArgumentException("--threads " + threads + " is more than " + MAX_THREADS);
            }
            int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            return new EvalPlan(chosen, ks, n, split, threadCount, users);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static void printTable(PrintWriter out, Dataset dataset, EvalPlan plan, List<EvalResult> results,
                                   double seconds) {
        int userCount = dataset.ratings().userCount();
        String scored = plan.sampledUsers() == EvalPlan.ALL_USERS || plan.sampledUsers() >= userCount
                ? String.format("every user (%,d)", userCount)
                : String.format("a sample of %,d of %,d users", plan.sampledUsers(), userCount);
        out.printf("%s, %,d ratings; %s; %s scored; n = %d; %.1f s on %d threads%n",
                Quote.inert(dataset.source()),
                dataset.ratings().size(), plan.protocol().describe(), scored, plan.n(), seconds, plan.threads());
        out.printf("%-14s %4s %7s %7s %9s %8s %8s %8s %8s %8s %8s%n", "method", "k", "RMSE", "MAE", "fallback",
                "P@n", "R@n", "nDCG@n", "hit", "cover", "listed");
        for (EvalResult r : results) {
            out.printf("%-14s %4s %7s %7s %9s %8s %8s %8s %8s %8s %8s%n", r.method(), r.k() == 0 ? "-" : r.k(),
                    fixed(r.rmse()), fixed(r.mae()), percent(r.fallbackShare()), fixed(r.precision()),
                    fixed(r.recall()), fixed(r.ndcg()), fixed(r.hitRate()), fixed(r.coverage()),
                    fixed(r.usersWithList()));
        }
        out.println("fallback: share of predictions from the user's mean (knn-tutorial, knn-MEASURE), the global "
                + "mean (popular, knn-basic) or the method's baseline (knn-baseline, item-knn); relevant: held-out "
                + "ratings of 4 stars or more");
    }

    private static Map<String, Object> jsonRow(Protocol protocol, EvalResult r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("protocol", protocol.describe());
        row.put("method", r.method());
        row.put("k", r.k() == 0 ? null : r.k());
        row.put("n", r.n());
        row.put("rmse", orNull(r.rmse()));
        row.put("mae", orNull(r.mae()));
        row.put("predictions", r.predictions());
        row.put("fallbacks", r.fallbacks());
        row.put("fallbackTo", r.fallback().isEmpty() ? null : r.fallback());
        row.put("precision", orNull(r.precision()));
        row.put("recall", orNull(r.recall()));
        row.put("ndcg", orNull(r.ndcg()));
        row.put("hitRate", orNull(r.hitRate()));
        row.put("coverage", orNull(r.coverage()));
        row.put("usersWithList", orNull(r.usersWithList()));
        row.put("users", r.users());
        return row;
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static String fixed(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
}
