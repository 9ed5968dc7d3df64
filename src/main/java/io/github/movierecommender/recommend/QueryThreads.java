package io.github.movierecommender.recommend;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Lets one query use more than one core. A query cut into parts runs the first on the calling
 * thread and offers the others to the engine's own helper threads (never the app's executors,
 * nor the common fork-join pool that training and batches use); a part no helper has started by
 * the time the caller is done with its own, the caller runs itself, so a query never waits
 * behind a busy helper and runs no slower than on one thread.
 */
public final class QueryThreads {

    /** The fewest rater entries a scan must read for a second core to pay for the hand-over. */
    static final long SPLIT_ENTRIES = 200_000;
    private static final int MOST_PARTS = 4;
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final String THREAD_NAME = "movie-recommender-query";
    private static final List<Thread> HELPER_THREADS = new CopyOnWriteArrayList<>();
    private static final ThreadLocal<Boolean> IN_BATCH = ThreadLocal.withInitial(() -> false);

    private QueryThreads() {
    }

    /**
     * How many parts a scan of {@code entries} rater entries is cut into: one below
     * {@link #SPLIT_ENTRIES}, on one core, or within a fork-join task or a {@link #batchThread}
     * (a batch over many users, which already keeps the cores busy); else one per core, at most
     * {@value #MOST_PARTS}.
     */
    static int parts(long entries) {
        if (entries < SPLIT_ENTRIES || CORES < 2 || ForkJoinTask.inForkJoinPool() || IN_BATCH.get()) {
            return 1;
        }
        return Math.min(CORES, MOST_PARTS);
    }

    /**
     * {@code job} as the whole work of a thread of a batch's own pool, whose threads keep the
     * cores busy by themselves: the queries it makes stay on its thread.
     */
    public static Runnable batchThread(Runnable job) {
        return () -> {
            IN_BATCH.set(true);
            job.run();
        };
    }

    /** Runs {@code work} for parts 0 to {@code parts − 1} and returns when every part is done. */
    static void run(int parts, IntConsumer work) {
        if (parts == 1) {
            work.accept(0);
            return;
        }
        Part[] others = new Part[parts - 1];
        for (int p = 1; p < parts; p++) {
            others[p - 1] = new Part(work, p, Thread.currentThread());
            Helpers.EXECUTOR.execute(others[p - 1]);
        }
        Throwable failure = null;
        try {
            work.accept(0);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (Part part : others) {
            if (part.claim()) {
                part.runClaimed();
            }
            part.awaitDone();
            failure = failure == null ? part.failure : failure;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    /**
     * Runs chunks 0 to {@code chunks} − 1 of a query, each once, on the calling thread and on up
     * to {@code workers} − 1 helpers, each worker taking the next chunk nobody has taken and
     * working it into a state of its own ({@code newState}, made at its first chunk); returns the
     * states of the workers that took any, in no set order, once every chunk is done. A helper
     * that starts late takes what is left or nothing, so the query runs no slower than on one
     * thread, and a busy other core still takes its share of a long one. A failing chunk fails the
     * query once every chunk is done.
     */
    static <S> List<S> share(int workers, int chunks, Supplier<S> newState, ObjIntConsumer<S> work) {
        Shared<S> shared = new Shared<>(chunks, newState, work, Thread.currentThread());
        for (int w = 1; w < Math.min(workers, chunks); w++) {
            Helpers.EXECUTOR.execute(shared::work);
        }
        shared.work();
        shared.awaitDone();
        if (shared.failure instanceof RuntimeException e) {
            throw e;
        }
        if (shared.failure instanceof Error e) {
            throw e;
        }
        return shared.states;
    }

    /** CPU time the helper threads have used so far, in nanoseconds: what a split query spends beside its own thread. */
    public static long helperCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread helper : HELPER_THREADS) {
            sum += Math.max(0, threads.getThreadCpuTime(helper.getId()));
        }
        return sum;
    }

    /** The helper threads, made at the first split query: daemons, so the app can exit. */
    private static final class Helpers {
        static final ExecutorService EXECUTOR = executor();

        private static ExecutorService executor() {
            int helpers = Math.max(1, Math.min(CORES, MOST_PARTS) - 1);
            return new ThreadPoolExecutor(helpers, helpers, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    job -> {
                        Thread thread = new Thread(job, THREAD_NAME);
                        thread.setDaemon(true);
                        HELPER_THREADS.add(thread);
                        return thread;
                    });
        }
    }

    /** The chunks of one query, taken one at a time by whichever worker asks next. */
    private static final class Shared<S> {
        private final int chunks;
        private final Supplier<S> newState;
        private final ObjIntConsumer<S> work;
        private final Thread caller;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final List<S> states = Collections.synchronizedList(new ArrayList<>());
        private volatile Throwable failure;

        Shared(int chunks, Supplier<S> newState, ObjIntConsumer<S> work, Thread caller) {
            this.chunks = chunks;
            this.newState = newState;
            this.work = work;
            this.caller = caller;
        }

        void work() {
            S state = null;
            for (int chunk = next.getAndIncrement(); chunk < chunks; chunk = next.getAndIncrement()) {
                try {
                    if (state == null) {
                        state = newState.get();
                        states.add(state);
                    }
                    work.accept(state, chunk);
                } catch (RuntimeException | Error e) {
                    failure = failure == null ? e : failure;
                } finally {
                    if (done.incrementAndGet() == chunks && Thread.currentThread() != caller) {
                        LockSupport.unpark(caller);
                    }
                }
            }
        }

        /** Waits, through interrupts (the chunks write into the caller's scratch space), until every chunk is done. */
        void awaitDone() {
            boolean interrupted = false;
            while (done.get() < chunks) {
                LockSupport.park(this);
                interrupted |= Thread.interrupted();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One part, run by whichever thread claims it first. */
    private static final class Part implements Runnable {
        private final IntConsumer work;
        private final int index;
        private final Thread caller;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private volatile boolean done;
        private Throwable failure;

        Part(IntConsumer work, int index, Thread caller) {
            this.work = work;
            this.index = index;
            this.caller = caller;
        }

        boolean claim() {
            return claimed.compareAndSet(false, true);
        }

        @Override
        public void run() {
            if (claim()) {
                runClaimed();
            }
        }

        void runClaimed() {
            try {
                work.accept(index);
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                done = true;
                LockSupport.unpark(caller);
            }
        }

        /** Waits, through interrupts (the part writes into the caller's scratch space), until the part is done. */
        void awaitDone() {
            boolean interrupted = false;
            while (!done) {
                LockSupport.park(this);
                interrupted |= Thread.interrupted();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
