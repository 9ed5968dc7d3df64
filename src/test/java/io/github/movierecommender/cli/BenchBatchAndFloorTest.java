package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchBatchAndFloorTest extends SmallWorldCommandTest {

    @Test
    void batchTimesTheDefaultNeighbourListAndBestForYouOnOneToNThreads() {
        CliRun run = CliRun.of("bench", "batch", "--data", data, "--users", "4", "--k", "2", "--threads", "2");

        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = run.out().lines().filter(row -> row.contains("users/s")).toList();
        assertThat(rows).extracting(row -> row.split(" +")[0] + " " + row.split(" +")[1])
                .containsExactly("knn-baseline 1", "knn-baseline 2", "als 1", "als 2");
        assertThat(rows).allSatisfy(row -> assertThat(row).contains("ms per user", "every user:"));
        assertThat(run.out()).startsWith("4 users sampled of 6").contains("knn-baseline   built in", "als            built in");
    }

    @Test
    void batchSkipsAMethodThatMakesNoListsAndRefusesAThreadCountOutOfRange() {
        CliRun predicts = CliRun.of("bench", "batch", "--data", data, "--users", "2", "--method", "knn-basic",
                "--threads", "1");
        CliRun none = CliRun.of("bench", "batch", "--data", data, "--threads", "0");

        assertEquals(0, predicts.exitCode(), predicts.err());
        assertThat(predicts.out()).contains("knn-basic      skipped: it predicts ratings and makes no lists");
        assertEquals(2, none.exitCode());
        assertThat(none.err()).isEqualTo("error: --threads 0: give from 1 to 256 threads" + System.lineSeparator());
    }

    @Test
    void floorReadsTheRatingsFileAndMeasuresMemory() {
        CliRun run = CliRun.of("bench", "floor", "--data", data, "--runs", "1");

        assertEquals(0, run.exitCode(), run.err());
        assertThat(run.out().lines().toList().get(0)).matches(".*ratings\\.csv, 0 MB, [0-9]+ lines");
        assertThat(run.out()).contains("page-cache read:", "read + one look per byte:", "sequential sum, 1 thread:",
                "random gathers, 1 thread:", "GB/s");
    }

    @Test
    void floorNamesAFolderWithoutARatingsFile() {
        CliRun run = CliRun.of("bench", "floor", "--data", folder.resolve("nothing-here").toString());

        assertEquals(1, run.exitCode());
        assertThat(run.err()).startsWith("error: no ratings.csv, ratings.dat or u.data in ").contains("nothing-here");
    }
}
