package io.github.movierecommender.cli;

import io.github.movierecommender.recommend.BuildMonitor;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.MethodSettings;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.ProfileRecommender;
import io.github.movierecommender.recommend.RecommendationList;
import io.github.movierecommender.recommend.Recommender;
import io.github.movierecommender.recommend.Training;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code bench batch}: the lists of a sample of users written as {@code recommend --user all --out}
 * writes them (the same CSV, to a writer that discards it), on 1 to N threads, after one untimed pass.
 * It prints users per second and CPU time per user: that of the threads making and writing the lists
 * (which a busy machine does not inflate), and the whole process's (with the collector and the
 * compiler), and from them how long every user of the dataset would take: at the rate measured, and
 * with a core of its own for each thread (work CPU per user × users ÷ threads), the figure that holds
 * on an idle machine unless threads slow each other down (memory bandwidth, shared caches).
 */
record BatchBench(PrintWriter out, Training training, Subjects sample, int userCount, MethodSettings settings,
                  int maxThreads) {

    void run(List<Method> methods) {
        out.printf(Locale.ROOT, "%,d users sampled of %,d, k = %d, n = %d, 1 to %d threads; CPU per user: of the "
                + "threads doing the work (of the whole process)%n", sample.size(), userCount, settings.k(),
                settings.n(), maxThreads);
        for (Method method : methods) {
            if (!method.abilities().lists()) {
                out.printf("%-14s skipped: it predicts ratings and makes no lists%n", method.name());
                continue;
            }
            long cpuBefore = BenchCommand.processCpuNanos();
            long started = System.nanoTime();
            Recommender recommender = method.build(training, BuildMonitor.NONE);
            out.printf(Locale.ROOT, "%-14s built in %,.1f s (%,.1f s CPU)%n", method.name(),
                    (System.nanoTime() - started) / 1e9, (BenchCommand.processCpuNanos() - cpuBefore) / 1e9);
            LongAdder workerCpu = new LongAdder();
            Recommender timed = new CpuTimed(recommender, workerCpu);
            writeAll(new BatchLists(timed, settings, maxThreads));
            for (int threads = 1; threads <= maxThreads; threads++) {
                timeBatch(method, new BatchLists(timed, settings, threads), workerCpu);
            }
        }
    }

    private void timeBatch(Method method, BatchLists batch, LongAdder workerCpu) {
        System.gc();
        ThreadMXBean threadCpu = ManagementFactory.getThreadMXBean();
        workerCpu.reset();
        long processBefore = BenchCommand.processCpuNanos();
        long writerBefore = threadCpu.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        writeAll(batch);
        double seconds = (System.nanoTime() - started) / 1e9;
        long workNanos = workerCpu.sum() + threadCpu.getCurrentThreadCpuTime() - writerBefore;
        double workMillisPerUser = workNanos / 1e6 / sample.size();
        double processMillisPerUser = (BenchCommand.processCpuNanos() - processBefore) / 1e6 / sample.size();
        double usersPerSecond = sample.size() / seconds;
        int threads = batch.threads();
        out.printf(Locale.ROOT, "%-14s %3d %s: %,9.1f users/s, CPU %,8.3f ms per user (%,.3f); every user: %s at "
                        + "this rate, %s with a core per thread%n", method.name(), threads,
                threads == 1 ? "thread " : "threads", usersPerSecond, workMillisPerUser, processMillisPerUser,
                duration(userCount / usersPerSecond), duration(workMillisPerUser * userCount / 1000 / threads));
    }

    private void writeAll(BatchLists batch) {
        try {
            batch.writeCsv(sample, Writer.nullWriter(), done -> { }, () -> false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recommender adding the CPU time each list takes on its thread, from {@code forProfile} to the list. */
    private record CpuTimed(Recommender recommender, LongAdder cpuNanos) implements Recommender {

        @Override
        public Method method() {
            return recommender.method();
        }

        @Override
        public ProfileRecommender forProfile(Profile profile) {
            long started = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            ProfileRecommender served = recommender.forProfile(profile);
            return new ProfileRecommender() {
                @Override
                public RecommendationList recommend(MethodSettings settings) {
                    RecommendationList list = served.recommend(settings);
                    cpuNanos.add(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - started);
                    return list;
                }

                @Override
                public OptionalDouble predict(int movieIndex, MethodSettings settings) {
                    return served.predict(movieIndex, settings);
                }
            };
        }
    }

    /** "42.0 s", "12.5 min" or "3.2 h". */
    static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
