package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicIntegerArray;
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
    void smallScansAndScansInsideABatchStayOnOneThread() throws Exception {
        ForkJoinPool batch = new ForkJoinPool(1);
        try {
            assertThat(QueryThreads.parts(QueryThreads.SPLIT_ENTRIES - 1)).isEqualTo(1);
            assertThat(batch.submit(() -> QueryThreads.parts(QueryThreads.SPLIT_ENTRIES * 10)).get()).isEqualTo(1);
        } finally {
            batch.shutdown();
        }
    }
}
