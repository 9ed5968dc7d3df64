package io.github.movierecommender.cli;

import com.sun.management.OperatingSystemMXBean;
import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.data.DatasetSummary;
import io.github.movierecommender.data.LoadMonitor;
import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.data.Snapshots;
import io.github.movierecommender.overview.DatasetOverview;
import io.github.movierecommender.recommend.BuildMonitor;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.MethodSettings;
import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.recommend.MovieStats;
import io.github.movierecommender.recommend.NeighbourParams;
import io.github.movierecommender.recommend.NeighbourRecommender;
import io.github.movierecommender.recommend.Neighbourhood;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.ProfileRecommender;
import io.github.movierecommender.recommend.QueryThreads;
import io.github.movierecommender.recommend.Recommender;
import io.github.movierecommender.recommend.Recommenders;
import io.github.movierecommender.recommend.Training;
import io.github.movierecommender.search.MovieSearch;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", description = {
    "Measures the engine in this JVM and prints medians.",
    "'bench load' times repeated loads of a dataset after warm-up runs, with the heap limit and the memory per rating: "
        + "from its files, then (unless --no-snapshot) reopened from a snapshot written to a temporary folder.",
    "'bench knn' times neighbour-based lists (default mode) for a seeded sample of users and for the 10 users with "
        + "the most ratings, with wall and CPU time: from scratch, re-aggregated after a change of k, and a batch over "
        + "the sample on one core and on all cores.",
    "'bench methods' builds each registered method (--method, default all), with its wall and CPU time, and times, "
        + "for a seeded sample of users and for the 10 users with the most ratings, one list each (or, for a method "
        + "that only predicts, one prediction per rated movie of theirs).",
    "'bench search' times building the title search index, and every keystroke of typing the first words of a "
        + "seeded sample of titles (and a few fixed queries).",
    "'bench batch' writes the lists of a seeded sample of users as 'recommend --user all --out' does (to a "
        + "writer that discards them) on 1 to --threads threads, for each --method (default "
        + BenchCommand.BATCH_METHODS + "), and prints users per second, CPU per user and the time for every user.",
    "'bench floor' prints what the machine cannot beat: the --data ratings file read from the page cache and "
        + "with one look per byte, and memory bandwidth (a sequential sum) and random gathers over a large array.",
    "'bench overview' times working out the Overview tab's numbers (with the dataset's summary at hand, as the app "
        + "keeps it) after warm-up runs, with the process's CPU time."})
final class BenchCommand implements Callable<Integer> {

    private static final int MAX_RUNS = 1000;
    private static final int MAX_TITLES = 100_000;
    private static final int HEAVIEST = 10;

    /** What 'bench batch' times unless --method says: the app's default neighbour list and "Best for you". */
    static final String BATCH_METHODS = Methods.DEFAULT_NEIGHBOUR_METHOD + ",als";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "load, knn, methods, search, batch, floor or overview")
    String what;

    @Option(names = "--data", required = true, paramLabel = "PATH")
    Path data;

    @Mixin
    SnapshotOption snapshot;

    @Option(names = "--runs", defaultValue = "5",
            description = "load, search, overview, floor: timed runs (default ${DEFAULT-VALUE}; floor keeps the fastest)")
    int runs;

    @Option(names = "--warmup", defaultValue = "2",
            description = "load, search, overview: untimed runs first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--users", defaultValue = "1000",
            description = "knn, methods, batch: users sampled (default ${DEFAULT-VALUE})")
    int users;

    @Option(names = "--threads", paramLabel = "N",
            description = "batch: time 1 to N threads (default: all cores)")
    Integer threads;

    @Option(names = "--method", split = ",", defaultValue = Methods.EVERY_METHOD,
            completionCandidates = MethodNames.class,
            description = "methods, batch: the methods to time, ${COMPLETION-CANDIDATES} or all (default ${DEFAULT-VALUE}; "
                    + "batch: " + BATCH_METHODS + ")")
    List<String> methods;

    @Option(names = "--titles", defaultValue = "500", description = "search: titles typed (default ${DEFAULT-VALUE})")
    int titles;

    @Option(names = "--k", defaultValue = "20")
    int k;

    @Option(names = "--n", defaultValue = "10")
    int n;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Override
    public Integer call() throws DatasetException, IOException {
        requireSensibleCounts();
        return switch (what) {
            case "load" -> benchLoad();
            case "knn" -> benchNeighbours();
            case "methods" -> benchMethods();
            case "search" -> benchSearch();
            case "batch" -> benchBatch();
            case "floor" -> benchFloor();
            case "overview" -> benchOverview();
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "unknown benchmark: " + what);
        };
    }

    private void requireSensibleCounts() {
        if (runs < 1 || runs > MAX_RUNS || warmup < 0 || warmup > MAX_RUNS) {
            throw usage("--runs must be from 1 to " + MAX_RUNS + " and --warmup from 0 to " + MAX_RUNS);
        }
        if (users < 1 || k < 1 || n < 1) {
            throw usage("--users, --k and --n must be at least 1");
        }
        if (threads != null && (threads < 1 || threads > BatchLists.MAX_THREADS)) {
            throw usage("--threads " + threads + ": give from 1 to " + BatchLists.MAX_THREADS + " threads");
        }
        if (titles < 0 || titles > MAX_TITLES) {
            throw usage(String.format("--titles must be from 0 to %,d", MAX_TITLES));
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private int benchLoad() throws DatasetException {
        PrintWriter out = spec.commandLine().getOut();
        out.println("from the files:");
        Dataset dataset = timeLoads(out, Snapshots.none());
        long ratings = dataset.ratings().size();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        out.printf("every load fit in a heap of at most %,d MB (-Xmx); %,d MB in use after the last one%n",
                runtime.maxMemory() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        out.printf("ratings %,d, retained by the rating arrays %.2f bytes per rating%n", ratings,
                dataset.ratings().retainedBytes() / (double) ratings);
        if (!snapshot.noSnapshot) {
            dataset = null;
            benchReopen(out);
        }
        return 0;
    }

    /** Times reopening from a snapshot written to a folder of its own, deleted afterwards. */
    private void benchReopen(PrintWriter out) throws DatasetException {
        Path folder;
        try {
            folder = Files.createTempDirectory("bench-snapshots");
        } catch (IOException e) {
            out.println("no snapshot timed: cannot make a temporary folder: " + e.getMessage());
            return;
        }
        try {
            Snapshots snapshots = Snapshots.in(folder, Runnable::run);
            long started = System.nanoTime();
            DatasetLoader.load(data, LoadMonitor.NONE, snapshots);
            long writeMillis = (System.nanoTime() - started) / 1_000_000;
            long bytes = sizeOfFiles(folder);
            if (bytes == 0) {
                out.println("no snapshot timed: the load skipped lines or left files out, so it keeps none");
                return;
            }
            out.printf("from a snapshot (%,d MB; the load that wrote it took %,d ms):%n", bytes >> 20, writeMillis);
            timeLoads(out, snapshots);
        } finally {
            try {
                snapshotsCleared(folder);
            } catch (IOException e) {
                out.println("could not delete " + folder + ": " + e.getMessage());
            }
        }
    }

    private static long sizeOfFiles(Path folder) {
        try (var files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void snapshotsCleared(Path folder) throws IOException {
        Snapshots.in(folder, Runnable::run).clear();
        Files.deleteIfExists(folder);
    }

    /** Warm-up loads, then timed ones; prints each and the medians of wall and CPU time; returns the last dataset. */
    private Dataset timeLoads(PrintWriter out, Snapshots snapshots) throws DatasetException {
        for (int i = 0; i < warmup; i++) {
            DatasetLoader.load(data, LoadMonitor.NONE, snapshots);
        }
        OperatingSystemMXBean system = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        long[] millis = new long[runs];
        long[] cpuMillis = new long[runs];
        Dataset dataset = null;
        for (int i = 0; i < runs; i++) {
            dataset = null;
            System.gc();
            long cpuStarted = system.getProcessCpuTime();
            long started = System.nanoTime();
            dataset = DatasetLoader.load(data, LoadMonitor.NONE, snapshots);
            millis[i] = (System.nanoTime() - started) / 1_000_000;
            cpuMillis[i] = (system.getProcessCpuTime() - cpuStarted) / 1_000_000;
            out.printf("run %d: %,d ms (CPU %,d ms)%n", i + 1, millis[i], cpuMillis[i]);
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        out.printf("median load %,d ms over %d runs (min %,d, max %,d), median CPU %,d ms%n", millis[runs / 2], runs,
                millis[0], millis[runs - 1], cpuMillis[runs / 2]);
        return dataset;
    }

    private int benchNeighbours() throws DatasetException {
        PrintWriter out = spec.commandLine().getOut();
        Dataset dataset = snapshot.load(data);
        Limits limits = new Limits(spec.commandLine(), dataset);
        limits.atMostUsers("--k", k);
        limits.atMostMovies("--n", n);
        NeighbourRecommender recommender = Recommenders.of(dataset).neighbours();
        Profile[] profiles = sample(dataset);
        NeighbourParams params = NeighbourParams.defaults(k, n);
        NeighbourParams changedK = params.withK(k + 1);
        for (Profile profile : profiles) {
            recommender.recommend(profile, params);
        }
        double[][] scratch = new double[2][profiles.length];
        double[] again = new double[profiles.length];
        for (int i = 0; i < profiles.length; i++) {
            Neighbourhood hood = timeList(recommender, profiles[i], params, scratch, i);
            long scanned = System.nanoTime();
            recommender.recommend(hood, changedK);
            again[i] = (System.nanoTime() - scanned) / 1e6;
        }
        Profile[] heavy = heaviest(dataset);
        double[][] heavyMillis = new double[2][heavy.length];
        for (int i = 0; i < heavy.length; i++) {
            recommender.recommend(heavy[i], params);
            timeList(recommender, heavy[i], params, heavyMillis, i);
        }
        out.printf("%,d users sampled of %,d (seed %d), k = %d, n = %d, default mode; %d cores; CPU is the "
                + "query's threads' (on a busy machine, wall times grow and CPU times do not)%n", profiles.length,
                dataset.ratings().userCount(), seed, k, n, Runtime.getRuntime().availableProcessors());
        out.printf("from scratch:          median %.3f ms (CPU %.3f), p99 %.3f ms, max %.3f ms%n",
                percentile(scratch[0], 50), percentile(scratch[1], 50), percentile(scratch[0], 99),
                percentile(scratch[0], 100));
        out.printf("after a change of k:   median %.3f ms, p99 %.3f ms%n", percentile(again, 50),
                percentile(again, 99));
        out.printf("heaviest %d users (%,d to %,d ratings), from scratch: median %.3f ms (CPU %.3f), max %.3f ms, "
                        + "max CPU %.3f ms%n", heavy.length, heavy[heavy.length - 1].size(), heavy[0].size(),
                percentile(heavyMillis[0], 50), percentile(heavyMillis[1], 50), percentile(heavyMillis[0], 100),
                percentile(heavyMillis[1], 100));
        long oneCore = time(() -> Arrays.stream(profiles).forEach(p -> recommender.recommend(p, params)));
        long allCores = time(() -> Arrays.stream(profiles).parallel().forEach(p -> recommender.recommend(p, params)));
        out.printf("batch over the sample: %,d ms one list at a time, %,d ms in parallel on %d cores%n", oneCore, allCores,
                Runtime.getRuntime().availableProcessors());
        return 0;
    }

    private int benchBatch() throws DatasetException {
        boolean methodsGiven = spec.commandLine().getParseResult().hasMatchedOption("--method");
        List<Method> chosen = chosenMethods(methodsGiven ? methods : List.of(BATCH_METHODS.split(",")));
        Dataset dataset = snapshot.load(data);
        Limits limits = new Limits(spec.commandLine(), dataset);
        limits.atMostUsers("--k", k);
        limits.atMostMovies("--n", n);
        int[] ids = Arrays.stream(sampleIndices(dataset)).map(dataset.ratings().users()::idAt).toArray();
        Subjects sample = new Subjects(ids, i -> Profile.ofUser(dataset, ids[i]).orElseThrow(), i -> "user " + ids[i]);
        int maxThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        new BatchBench(spec.commandLine().getOut(), Training.of(dataset), sample, dataset.ratings().userCount(),
                MethodSettings.defaults(k, n), maxThreads).run(chosen);
        return 0;
    }

    private int benchFloor() throws IOException {
        new FloorBench(spec.commandLine().getOut(), runs).run(data);
        return 0;
    }

    /**
     * Times one list from scratch into {@code millis[0][i]} (wall) and {@code millis[1][i]} (CPU of
     * this thread and of the engine's query helpers); returns the neighbourhood it scanned.
     */
    private static Neighbourhood timeList(NeighbourRecommender recommender, Profile profile, NeighbourParams params,
                                          double[][] millis, int i) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime() + QueryThreads.helperCpuNanos();
        long started = System.nanoTime();
        Neighbourhood hood = recommender.neighbourhood(profile, params);
        recommender.recommend(hood, params);
        millis[0][i] = (System.nanoTime() - started) / 1e6;
        millis[1][i] = (threads.getCurrentThreadCpuTime() + QueryThreads.helperCpuNanos() - cpu) / 1e6;
        return hood;
    }

    private List<Method> chosenMethods() {
        return chosenMethods(methods);
    }

    private List<Method> chosenMethods(List<String> methods) {
        try {
            return methods.stream().anyMatch(name -> name.trim().equalsIgnoreCase(Methods.EVERY_METHOD))
                    ? Methods.all()
                    : methods.stream().map(name -> Methods.parse(name, null)).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private int benchMethods() throws DatasetException {
        List<Method> chosen = chosenMethods();
        PrintWriter out = spec.commandLine().getOut();
        Dataset dataset = snapshot.load(data);
        Limits limits = new Limits(spec.commandLine(), dataset);
        limits.atMostUsers("--k", k);
        limits.atMostMovies("--n", n);
        Training training = Training.of(dataset);
        Profile[] profiles = sample(dataset);
        Profile[] heaviest = heaviest(dataset);
        MethodSettings settings = MethodSettings.defaults(k, n);
        out.printf("%,d users sampled of %,d (seed %d), k = %d, n = %d; heaviest: the %d users with the most "
                + "ratings (%,d to %,d); %d cores; build CPU is the whole process's%n", profiles.length,
                dataset.ratings().userCount(), seed, k, n, heaviest.length,
                heaviest[heaviest.length - 1].size(), heaviest[0].size(), Runtime.getRuntime().availableProcessors());
        for (Method method : chosen) {
            long cpuBefore = processCpuNanos();
            long started = System.nanoTime();
            Recommender recommender = method.build(training, BuildMonitor.NONE);
            double buildMillis = (System.nanoTime() - started) / 1e6;
            double buildCpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
            for (Profile profile : profiles) {
                serve(recommender.forProfile(profile), method, profile, settings);
            }
            double[][] sampled = timeEach(recommender, method, profiles, settings);
            double[][] heavy = timeEach(recommender, method, heaviest, settings);
            out.printf("%-14s built in %,.1f ms (%,.1f s CPU); per user %s: median %.3f ms (CPU %.3f), p99 %.3f ms, "
                            + "max %.3f ms; heaviest: median %.3f ms (CPU %.3f), max %.3f ms%n",
                    method.name(), buildMillis, buildCpuSeconds, method.abilities().lists() ? "list" : "predictions",
                    percentile(sampled[0], 50), percentile(sampled[1], 50), percentile(sampled[0], 99),
                    percentile(sampled[0], 100), percentile(heavy[0], 50), percentile(heavy[1], 50),
                    percentile(heavy[0], 100));
        }
        return 0;
    }

    /**
     * Wall-clock and CPU milliseconds per profile, the CPU of this thread and of the engine's query
     * helpers (on a shared machine the two differ).
     */
    private static double[][] timeEach(Recommender recommender, Method method, Profile[] profiles,
                                       MethodSettings settings) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] millis = new double[2][profiles.length];
        for (int i = 0; i < profiles.length; i++) {
            long cpu = threads.getCurrentThreadCpuTime() + QueryThreads.helperCpuNanos();
            long from = System.nanoTime();
            serve(recommender.forProfile(profiles[i]), method, profiles[i], settings);
            millis[0][i] = (System.nanoTime() - from) / 1e6;
            millis[1][i] = (threads.getCurrentThreadCpuTime() + QueryThreads.helperCpuNanos() - cpu) / 1e6;
        }
        return millis;
    }

    /** CPU time of the whole process (every thread, the collector's too), or 0 where the JVM does not say. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean system
                ? system.getProcessCpuTime() : 0;
    }

    /** A list, or for a method that only predicts, a prediction of each movie the profile rated. */
    private static void serve(ProfileRecommender forProfile, Method method, Profile profile, MethodSettings settings) {
        if (method.abilities().lists()) {
            forProfile.recommend(settings);
        } else {
            for (int i = 0; i < profile.size(); i++) {
                forProfile.predict(profile.movieAt(i), settings);
            }
        }
    }

    private int benchSearch() throws DatasetException {
        PrintWriter out = spec.commandLine().getOut();
        Dataset dataset = snapshot.load(data);
        new Limits(spec.commandLine(), dataset).atMostMovies("--n", n);
        for (int i = 0; i < warmup; i++) {
            MovieSearch.of(dataset);
        }
        double[] buildMillis = new double[runs];
        MovieSearch search = null;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            search = MovieSearch.of(dataset);
            buildMillis[i] = (System.nanoTime() - started) / 1e6;
        }
        List<String> keystrokes = keystrokes(dataset);
        for (String query : keystrokes) {
            search.search(query, n);
        }
        double[] millis = new double[keystrokes.size()];
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            search.search(keystrokes.get(i), n);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        out.printf("%,d movies searchable; index built in %.1f ms (median of %d runs)%n", search.size(),
                percentile(buildMillis, 50), runs);
        out.printf("%,d keystrokes (%d titles typed, seed %d), top %d: median %.3f ms, p99 %.3f ms, max %.3f ms%n",
                millis.length, titles, seed, n, percentile(millis, 50), percentile(millis, 99),
                percentile(millis, 100));
        return 0;
    }

    private int benchOverview() throws DatasetException {
        PrintWriter out = spec.commandLine().getOut();
        Dataset dataset = snapshot.load(data);
        MovieStats stats = new MovieStats(dataset);
        DatasetSummary summary = dataset.summary();
        for (int i = 0; i < warmup; i++) {
            DatasetOverview.of(stats, summary, DatasetOverview.DEFAULT_MIN_VOTES);
        }
        double[] millis = new double[runs];
        double[] cpuMillis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStarted = processCpuNanos();
            long started = System.nanoTime();
            DatasetOverview.of(stats, summary, DatasetOverview.DEFAULT_MIN_VOTES);
            millis[i] = (System.nanoTime() - started) / 1e6;
            cpuMillis[i] = (processCpuNanos() - cpuStarted) / 1e6;
        }
        out.printf("%,d ratings, %,d users, %,d movies; %d cores%n", dataset.ratings().size(),
                dataset.ratings().userCount(), dataset.movies().size(), Runtime.getRuntime().availableProcessors());
        out.printf("overview: median %.1f ms over %d runs (min %.1f, max %.1f), median CPU %.1f ms (the whole "
                + "process's)%n", percentile(millis, 50), runs, percentile(millis, 0), percentile(millis, 100),
                percentile(cpuMillis, 50));
        return 0;
    }

    /** Every prefix of the first three words of a seeded sample of display titles, and of a few fixed queries. */
    private List<String> keystrokes(Dataset dataset) {
        List<String> typed = new ArrayList<>(List.of("the", "a", "s", "shawshank", "matrix 1999", "amelie",
                "lord of the rings", "star wars"));
        SplittableRandom random = new SplittableRandom(seed);
        int movieCount = dataset.movies().size();
        for (int i = 0; i < titles; i++) {
            String[] words = dataset.movies().at(random.nextInt(movieCount)).displayTitle().split(" ");
            typed.add(String.join(" ", Arrays.copyOf(words, Math.min(3, words.length))));
        }
        List<String> keystrokes = new ArrayList<>();
        for (String query : typed) {
            for (int end = 1; end <= query.length(); end++) {
                keystrokes.add(query.substring(0, end));
            }
        }
        return keystrokes;
    }

    private Profile[] sample(Dataset dataset) {
        return Arrays.stream(sampleIndices(dataset))
                .mapToObj(u -> Profile.ofUser(dataset, dataset.ratings().users().idAt(u)).orElseThrow())
                .toArray(Profile[]::new);
    }

    /** The indices of --users users drawn with --seed (every user when there are fewer). */
    private int[] sampleIndices(Dataset dataset) {
        int userCount = dataset.ratings().userCount();
        int[] order = IntStream.range(0, userCount).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = userCount - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return Arrays.copyOf(order, Math.min(users, userCount));
    }

    /** The {@link #HEAVIEST} users with the most ratings, most first (ties by user index). */
    private static Profile[] heaviest(Dataset dataset) {
        Ratings ratings = dataset.ratings();
        return IntStream.range(0, ratings.userCount()).boxed()
                .sorted(Comparator.comparingInt((Integer u) -> -ratings.userRatingCount(u)).thenComparingInt(u -> u))
                .limit(HEAVIEST)
                .map(u -> Profile.ofUser(dataset, ratings.users().idAt(u)).orElseThrow())
                .toArray(Profile[]::new);
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long time(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1_000_000;
    }
}
