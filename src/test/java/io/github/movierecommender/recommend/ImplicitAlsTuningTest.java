package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.movierecommender.data.Dataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImplicitAlsTuningTest {

    @TempDir
    Path folder;

    @Test
    void choosesFromTheGridTheSameWayForTheSameSeedAndTrainsWithTheChoice() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        List<Double> reports = new ArrayList<>();

        ImplicitAlsTuning.Choice choice = ImplicitAlsTuning.choose(dataset.ratings(), 3, BuildMonitor.NONE);
        ImplicitAlsTuning.Choice again = ImplicitAlsTuning.choose(dataset.ratings(), 3, BuildMonitor.NONE);
        ImplicitAls als = ImplicitAlsTuning.tuneAndTrain(dataset, 3, TestMonitor.of(reports::add, () -> false));

        assertEquals(choice, again);
        assertThat(Arrays.stream(ImplicitAlsTuning.LAMBDAS).boxed()).contains(choice.params().lambda());
        assertThat(Arrays.stream(ImplicitAlsTuning.CHECKED_ITERATIONS).boxed())
                .contains(choice.params().iterations());
        assertEquals(choice.params().withIterations(ImplicitAlsTuning.FINAL_PASSES), als.params());
        assertThat(reports).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void spreadListsChooseTheirPriceScaleFromTheGridTheSameWayForTheSameSeed() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);

        ImplicitAlsTuning.Choice choice = ImplicitAlsTuning.chooseSpread(dataset.ratings(), 3, BuildMonitor.NONE);
        ImplicitAlsTuning.Choice again = ImplicitAlsTuning.chooseSpread(dataset.ratings(), 3, BuildMonitor.NONE);
        ImplicitAls als = ImplicitAlsTuning.tuneAndTrainSpread(dataset, 3, BuildMonitor.NONE);

        assertEquals(choice, again);
        assertEquals(ImplicitAlsTuning.choose(dataset.ratings(), 3, BuildMonitor.NONE).params(), choice.params());
        assertThat(Arrays.stream(ImplicitAlsTuning.SPREADS).boxed()).contains(choice.spread());
        assertThat(choice.innerCoverage()).isBetween(0.0, 1.0);
        assertEquals(choice.params().withIterations(ImplicitAlsTuning.FINAL_PASSES), als.params());
        assertEquals(choice.spread(), als.spread());
    }

    @Test
    void spreadTuningStopsWhenCancelledWhileItPrices() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        List<Double> reports = new ArrayList<>();

        assertThrows(BuildCancelledException.class, () -> ImplicitAlsTuning.tuneAndTrainSpread(dataset, 3,
                TestMonitor.of(reports::add, () -> !reports.isEmpty() && reports.get(reports.size() - 1) > 0.7)));
        assertThat(reports).isSorted();
    }

    @Test
    void tuningStopsWhenCancelled() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        List<Double> reports = new ArrayList<>();

        assertThrows(BuildCancelledException.class, () -> ImplicitAlsTuning.tuneAndTrain(dataset, 3,
                TestMonitor.of(reports::add, () -> reports.size() > 3)));
    }
}
