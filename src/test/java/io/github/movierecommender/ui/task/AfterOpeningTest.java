package io.github.movierecommender.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class AfterOpeningTest {

    private final List<String> done = new ArrayList<>();
    /** What the gate hands its release to, run when the test says (as the window's next layout would). */
    private final List<Runnable> settling = new ArrayList<>();
    private final AfterOpening gate = AfterOpening.holding(settling::add);

    @Test
    void workGivenWhileNothingOpensRunsAtOnce() {
        gate.execute(() -> done.add("index"));

        assertThat(done).containsExactly("index");
        assertThat(gate.opening()).isFalse();
    }

    @Test
    void workGivenDuringAnOpeningWaitsUntilItSettlesAndThenRunsInOrder() {
        gate.start();
        gate.execute(() -> done.add("snapshot"));
        gate.execute(() -> done.add("index"));
        assertThat(done).isEmpty();

        gate.settle();
        assertThat(done).as("nothing runs before the settling executor gets to it").isEmpty();
        runSettling();

        assertThat(done).containsExactly("snapshot", "index");
        gate.execute(() -> done.add("heap"));
        assertThat(done).containsExactly("snapshot", "index", "heap");
    }

    @Test
    void aSettleOvertakenByTheNextOpeningLeavesItsWorkHeldUntilThatOneSettles() {
        gate.start();
        gate.execute(() -> done.add("first snapshot"));
        gate.settle();
        gate.start();
        gate.execute(() -> done.add("second snapshot"));

        runSettling();
        assertThat(done).isEmpty();
        assertThat(gate.opening()).isTrue();

        gate.settle();
        runSettling();
        assertThat(done).containsExactly("first snapshot", "second snapshot");
    }

    @Test
    void settlingWhenNothingOpensHandsNothingOn() {
        gate.settle();

        assertThat(settling).isEmpty();
    }

    @Test
    void workHandedOnIsRefusedAtOnceWhenNothingOpensAndDroppedWhenRefusedAfterTheOpening() {
        Executor closed = work -> {
            throw new RejectedExecutionException("shut down");
        };
        Executor handing = gate.handingTo(closed);
        assertThatThrownBy(() -> handing.execute(() -> done.add("write"))).isInstanceOf(RejectedExecutionException.class);

        gate.start();
        handing.execute(() -> done.add("write"));
        gate.settle();
        runSettling();

        assertThat(done).isEmpty();
        assertThat(gate.opening()).isFalse();
    }

    @Test
    void workHandedOnReachesItsExecutorOnlyAfterTheOpening() {
        List<Runnable> writer = new ArrayList<>();
        Executor handing = gate.handingTo(writer::add);
        gate.start();
        handing.execute(() -> done.add("write"));
        assertThat(writer).isEmpty();

        gate.settle();
        runSettling();
        assertThat(writer).hasSize(1);
        writer.get(0).run();

        assertThat(done).containsExactly("write");
    }

    @Test
    void aGateThatNeverHoldsRunsWorkAtOnceEvenWhileADatasetOpens() {
        AfterOpening never = AfterOpening.never();
        never.start();

        never.execute(() -> done.add("index"));

        assertThat(done).containsExactly("index");
        assertThat(never.opening()).isFalse();
    }

    @Test
    void whatHoldsWhileADatasetOpensStartsWithEachOpeningAndEndsAfterItsHeldWork() {
        gate.aroundEachOpening(() -> done.add("keep heap"), () -> done.add("return heap"));

        gate.start();
        assertThat(done).containsExactly("keep heap");
        gate.execute(() -> done.add("snapshot"));
        gate.settle();
        runSettling();
        assertThat(done).containsExactly("keep heap", "snapshot", "return heap");

        done.clear();
        gate.start();
        gate.settle();
        runSettling();
        assertThat(done).as("the next opening too").containsExactly("keep heap", "return heap");
    }

    @Test
    void anOpeningOvertakenByTheNextEndsWhatHoldsOnlyOnceThatOneSettles() {
        gate.aroundEachOpening(() -> done.add("keep heap"), () -> done.add("return heap"));
        gate.start();
        gate.settle();
        gate.start();

        runSettling();
        assertThat(done).containsExactly("keep heap", "keep heap");

        gate.settle();
        runSettling();
        assertThat(done).containsExactly("keep heap", "keep heap", "return heap");
    }

    @Test
    void whatHoldsWhileADatasetOpensEndsEvenWhenHeldWorkFails() {
        gate.aroundEachOpening(() -> { }, () -> done.add("return heap"));
        gate.start();
        gate.execute(() -> {
            throw new IllegalStateException("disk full");
        });
        gate.settle();

        assertThatThrownBy(this::runSettling).hasMessage("disk full");
        assertThat(done).containsExactly("return heap");
    }

    @Test
    void aGateThatNeverHoldsHasNothingToStartOrEnd() {
        AfterOpening never = AfterOpening.never();
        never.aroundEachOpening(() -> done.add("keep heap"), () -> done.add("return heap"));

        never.start();
        never.settle();

        assertThat(done).isEmpty();
    }

    private void runSettling() {
        List<Runnable> due = List.copyOf(settling);
        settling.clear();
        due.forEach(Runnable::run);
    }
}
