package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchOverviewTest extends SmallWorldCommandTest {

    @Test
    void printsTheMedianWallAndCpuTimeOfTheRunsAsked() {
        CliRun run = CliRun.of("bench", "overview", "--data", data, "--no-snapshot", "--runs", "3", "--warmup", "1");

        assertEquals(0, run.exitCode(), run.err());
        assertThat(run.out()).containsPattern(
                "overview: median [0-9.,]+ ms over 3 runs \\(min [0-9.,]+, max [0-9.,]+\\), median CPU [0-9.,]+ ms");
    }

    @Test
    void refusesZeroRuns() {
        CliRun run = CliRun.of("bench", "overview", "--data", data, "--runs", "0");

        assertEquals(2, run.exitCode());
        assertThat(run.err()).contains("--runs must be from 1");
    }
}
