package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QueryThreadsTest {

    @Test
    void everyPartRunsOnceAndIsDoneWhenRunReturns() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int round = 0; round < 200; round++) {
                AtomicIntegerArray runs = new AtomicIntegerArray(4);
                QueryThreads.run(4, runs::incrementAndGet);

                for (int p = 0; p < 4; p++) {
                    assertThat(runs.get(p)).as("part %d of round %d", p, round).isEqualTo(1);
                }
            }
        });
    }

    @Test
    void aFailingPartFailsTheQueryOnlyOnceEveryPartIsDone() {
        AtomicIntegerArray done = new AtomicIntegerArray(3);

        assertThatThrownBy(() -> QueryThreads.run(3, p -> {
            if (p == 2) {
                throw new IllegalStateException("part 2 failed");
            }
            done.set(p, 1);
        })).isInstanceOf(IllegalStateException.class).hasMessage("part 2 failed");
        assertThat(done.get(0) + done.get(1)).isEqualTo(2);
    }

    @Test
    void everySharedChunkRunsOnceIntoTheStateOfTheWorkerThatTookIt() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int round = 0; round < 200; round++) {
                List<List<Integer>> states = QueryThreads.share(2, 50, ArrayList::new, List::add);

                assertThat(states).hasSizeBetween(1, 2);
                assertThat(states.stream().flatMap(List::stream).sorted().toList())
                        .as("round %d", round).isEqualTo(IntStream.range(0, 50).boxed().toList());
            }
        });
    }

    /** Whoever takes the first chunk holds it until another worker has worked one: both workers' states come back. */
    @Test
    void aSecondWorkerTakesChunksWhileTheFirstWorksItsOwn() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            CountDownLatch helped = new CountDownLatch(1);

            List<Set<Thread>> states = QueryThreads.share(2, 4, HashSet::new, (threads, chunk) -> {
                threads.add(Thread.currentThread());
                if (chunk == 0) {
                    awaitQuietly(helped);
                } else {
                    helped.countDown();
                }
            });

            assertThat(states).hasSize(2);
            assertThat(states).allSatisfy(threads -> assertThat(threads).hasSize(1));
            assertThat(states.stream().flatMap(Set::stream).distinct()).hasSize(2);
        });
    }

    @Test
    void aFailingSharedChunkFailsTheQueryOnlyOnceEveryChunkIsDone() {
        AtomicIntegerArray done = new AtomicIntegerArray(20);

        assertThatThrownBy(() -> QueryThreads.share(2, 20, () -> done, (state, chunk) -> {
            if (chunk == 3) {
                throw new IllegalStateException("chunk 3 failed");
            }
            state.set(chunk, 1);
        })).isInstanceOf(IllegalStateException.class).hasMessage("chunk 3 failed");
        for (int chunk = 0; chunk < 20; chunk++) {
            assertThat(done.get(chunk)).as("chunk %d", chunk).isEqualTo(chunk == 3 ? 0 : 1);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void smallScansAndScansInsideABatchStayOnOneThread() throws Exception {
        ForkJoinPool batch = new ForkJoinPool(1);
        try {
            assertThat(QueryThreads.parts(QueryThreads.SPLIT_ENTRIES - 1)).isEqualTo(1);
            assertThat(batch.submit(() -> QueryThreads.parts(QueryThreads.SPLIT_ENTRIES * 10)).get()).isEqualTo(1);
            int[] inBatchThread = new int[1];
            Thread evaluation = new Thread(QueryThreads.batchThread(
                    () -> inBatchThread[0] = QueryThreads.parts(QueryThreads.SPLIT_ENTRIES * 10)));
            evaluation.start();
            evaluation.join();
            assertThat(inBatchThread[0]).isEqualTo(1);
        } finally {
            batch.shutdown();
        }
    }
}
