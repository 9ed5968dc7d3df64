package io.github.movierecommender.cli;

import io.github.movierecommender.concurrent.Causes;
import io.github.movierecommender.recommend.MethodSettings;
import io.github.movierecommender.recommend.Recommendation;
import io.github.movierecommender.recommend.RecommendationList;
import io.github.movierecommender.recommend.Recommender;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The lists of many users, handed over one by one in the users' order. Chunks of users are
 * recommended on {@code threads} threads of a pool of its own (a method's own parallel work runs in
 * it too), a bounded number of chunks ahead of the one handed over, so what a caller writes is the
 * same for any thread count and memory holds a few chunks of lists, not all of them.
 */
final class BatchLists {

    /** Takes the list of subject {@code index}; lists come in index order, on the caller's thread. */
    @FunctionalInterface
    interface ListConsumer {
        void accept(int index, RecommendationList list) throws IOException;
    }

    /** The columns of {@link #csvRows}. */
    static final String[] HEADER = {"userId", "rank", "movieId", "title", "score", "support"};

    static final int MAX_THREADS = 256;

    private static final int MAX_CHUNK = 64;
    private static final int CHUNKS_AHEAD_PER_THREAD = 4;

    private final Recommender recommender;
    private final MethodSettings settings;
    private final int threads;

    BatchLists(Recommender recommender, MethodSettings settings, int threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be from 1 to " + MAX_THREADS + ": " + threads);
        }
        this.recommender = recommender;
        this.settings = settings;
        this.threads = threads;
    }

    int threads() {
        return threads;
    }

    /**
     * Writes the header and every subject's list to {@code out}, a row per recommended movie, calling
     * {@code progress} with the number of users written so far. Throws {@link CancellationException}
     * once {@code cancelled} says so; what was written by then is incomplete.
     */
    void writeCsv(Subjects subjects, Writer out, LongConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out);
        forEach(subjects, (index, list) -> {
            csvRows(csv, subjects.userId(index), list);
            progress.accept(index + 1L);
        }, cancelled);
        csv.flush();
    }

    /** Hands every subject's list to {@code consumer}; throws {@link CancellationException} once cancelled. */
    void forEach(Subjects subjects, ListConsumer consumer, BooleanSupplier cancelled) throws IOException {
        int count = subjects.size();
        int chunk = Math.max(1, Math.min(MAX_CHUNK, count / (threads * CHUNKS_AHEAD_PER_THREAD)));
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            Deque<Future<RecommendationList[]>> ahead = new ArrayDeque<>();
            int submitted = 0;
            int written = 0;
            while (written < count) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                while (submitted < count && ahead.size() < threads * CHUNKS_AHEAD_PER_THREAD) {
                    int from = submitted;
                    int to = Math.min(count, from + chunk);
                    ahead.add(pool.submit(() -> recommend(subjects, from, to, cancelled)));
                    submitted = to;
                }
                for (RecommendationList list : next(ahead.poll())) {
                    consumer.accept(written++, list);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private RecommendationList[] recommend(Subjects subjects, int from, int to, BooleanSupplier cancelled) {
        RecommendationList[] lists = new RecommendationList[to - from];
        for (int i = from; i < to; i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            lists[i - from] = recommender.forProfile(subjects.profile(i)).recommend(settings);
        }
        return lists;
    }

    private static RecommendationList[] next(Future<RecommendationList[]> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        } catch (ExecutionException e) {
            throw Causes.unchecked(e.getCause());
        }
    }

    private static void csvRows(CSVPrinter csv, int userId, RecommendationList list) throws IOException {
        int rank = 1;
        for (Recommendation item : list.items()) {
            csv.printRecord(userId, rank++, item.movie().id(), item.movie().title(),
                    RecommendCommand.round(item.score()), item.support());
        }
    }
}
