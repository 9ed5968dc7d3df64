package io.github.movierecommender.eval;

import io.github.movierecommender.concurrent.Causes;
import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.recommend.Abilities;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.QueryThreads;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Runs a plan on a dataset: for each split of the protocol, the recommenders learn from the
 * training part only and are scored on the held-out part; rows average the splits. Blocks of
 * users run on {@link EvalPlan#threads()} threads and are summed in a fixed order, so the same
 * plan and seed give the same numbers.
 */
public final class Evaluation {

    private static final int USERS_PER_BLOCK = 16;
    /** Keeps the sample of users apart from the split drawn with the same seed. */
    private static final long SAMPLE_SALT = 0x5EED_0F_05E25L;

    private Evaluation() {
    }

    public static List<EvalResult> run(Dataset dataset, EvalPlan plan, EvalMonitor monitor) {
        List<Cell> cells = cells(plan);
        List<BitSet> parts = plan.protocol().testParts(dataset.ratings());
        int[] users = scoredUsers(dataset.ratings().userCount(), plan);
        long total = (long) users.length * parts.size();
        AtomicLong done = new AtomicLong();
        Runnable afterEachUser = () -> {
            if (monitor.isCancelled()) {
                throw new EvaluationCancelledException();
            }
            monitor.progress(done.incrementAndGet(), total);
        };
        List<List<Scores>> perSplit = new ArrayList<>();
        List<Integer> recommendable = new ArrayList<>();
        ExecutorService pool = newPool(plan.threads());
        try {
            for (BitSet test : parts) {
                SplitEvaluation split = new SplitEvaluation(dataset, test, plan, cells, monitor);
                recommendable.add(split.recommendableMovies());
                perSplit.add(evaluate(split, users, cells, pool, afterEachUser));
            }
        } finally {
            stop(pool);
        }
        List<EvalResult> results = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            int cell = c;
            results.add(row(cells.get(c), plan.n(), perSplit.stream().map(split -> split.get(cell)).toList(),
                    recommendable));
        }
        return results;
    }

    private static List<Cell> cells(EvalPlan plan) {
        List<Cell> cells = new ArrayList<>();
        for (Method method : plan.methods()) {
            if (method.abilities().usesK()) {
                plan.ks().forEach(k -> cells.add(new Cell(method, k)));
            } else {
                cells.add(new Cell(method, 0));
            }
        }
        return cells;
    }

    /** Every user index, or a seeded sample of them in ascending order. */
    static int[] scoredUsers(int userCount, EvalPlan plan) {
        if (plan.sampledUsers() == EvalPlan.ALL_USERS || plan.sampledUsers() >= userCount) {
            return IntStream.range(0, userCount).toArray();
        }
        int[] order = Shuffle.range(userCount, new SplittableRandom(plan.protocol().seed() ^ SAMPLE_SALT));
        int[] sample = Arrays.copyOf(order, plan.sampledUsers());
        Arrays.sort(sample);
        return sample;
    }

    private static List<Scores> evaluate(SplitEvaluation split, int[] users, List<Cell> cells, ExecutorService pool,
                                         Runnable afterEachUser) {
        List<Future<Map<Cell, Scores>>> blocks = new ArrayList<>();
        // Each block's scores are dropped once added: a split of a large dataset has thousands.
        for (int from = 0; from < users.length; from += USERS_PER_BLOCK) {
            int[] block = Arrays.copyOfRange(users, from, Math.min(users.length, from + USERS_PER_BLOCK));
            blocks.add(pool.submit(() -> split.evaluate(block, afterEachUser)));
        }
        List<Scores> totals = cells.stream().map(cell -> new Scores()).toList();
        try {
            for (int b = 0; b < blocks.size(); b++) {
                Map<Cell, Scores> scores = blocks.get(b).get();
                blocks.set(b, null);
                for (int c = 0; c < cells.size(); c++) {
                    totals.get(c).add(scores.get(cells.get(c)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvaluationCancelledException();
        } catch (ExecutionException e) {
            blocks.stream().filter(Objects::nonNull).forEach(block -> block.cancel(true));
            throw Causes.unchecked(e.getCause());
        }
        return totals;
    }

    private static EvalResult row(Cell cell, int n, List<Scores> splits, List<Integer> recommendable) {
        Method method = cell.method();
        Abilities abilities = method.abilities();
        boolean predicts = abilities.predicts();
        boolean ranks = abilities.lists();
        double nan = Double.NaN;
        double coverage = 0;
        for (int s = 0; s < splits.size(); s++) {
            coverage += splits.get(s).coverage(recommendable.get(s));
        }
        return new EvalResult(method.name(), cell.k(), n,
                predicts ? mean(splits, Scores::rmse) : nan,
                predicts ? mean(splits, Scores::mae) : nan,
                splits.stream().mapToLong(Scores::predictions).sum(),
                splits.stream().mapToLong(Scores::fallbacks).sum(),
                abilities.fallback().label(),
                ranks ? mean(splits, Scores::precision) : nan,
                ranks ? mean(splits, Scores::recall) : nan,
                ranks ? mean(splits, Scores::ndcg) : nan,
                ranks ? mean(splits, Scores::hitRate) : nan,
                ranks ? coverage / splits.size() : nan,
                ranks ? mean(splits, Scores::usersWithList) : nan,
                (int) Math.round(splits.stream().mapToInt(Scores::users).average().orElse(0)));
    }

    private static double mean(List<Scores> splits, java.util.function.ToDoubleFunction<Scores> metric) {
        return splits.stream().mapToDouble(metric).average().orElse(Double.NaN);
    }

    /** Returns once no evaluating thread runs, so that the caller's next job never runs beside them. */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ExecutorService newPool(int threads) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, job -> {
            Thread thread = new Thread(threads > 1 ? QueryThreads.batchThread(job) : job,
                    "evaluation-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
