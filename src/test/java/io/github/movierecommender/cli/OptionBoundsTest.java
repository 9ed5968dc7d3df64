package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sizes the data cannot use are one-line usage errors, never a run that allocates for them. */
class OptionBoundsTest extends SmallWorldCommandTest {

    private static CliRun usageError(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("error: ");
        assertThat(run.out()).isEmpty();
        return run;
    }

    @Test
    void sizesBeyondTheDatasetNameWhatItHas() {
        Map<String[], String> expected = Map.of(
                new String[] {"recommend", "--data", data, "--user", "1", "--method", "knn", "--k", "100000000"},
                "--k 100,000,000 is more than the 6 users of ",
                new String[] {"recommend", "--data", data, "--user", "1", "--method", "popular", "--n", "1000000000"},
                "--n 1,000,000,000 is more than the 10 movies of ",
                new String[] {"neighbours", "--data", data, "--user", "1", "--k", "7"},
                "--k 7 is more than the 6 users of ",
                new String[] {"evaluate", "--data", data, "--k", "2,100000000"},
                "--k 100,000,000 is more than the 6 users of ",
                new String[] {"evaluate", "--data", data, "--k", "2", "--n", "11"},
                "--n 11 is more than the 10 movies of ",
                new String[] {"evaluate", "--data", data, "--k", "2", "--protocol", "kfold", "--folds", "42"},
                "--folds 42 is more than the 41 ratings of ",
                new String[] {"bench", "knn", "--data", data, "--k", "100000000"},
                "--k 100,000,000 is more than the 6 users of ");
        expected.forEach((args, message) -> assertThat(usageError(args).err()).startsWith("error: " + message));
    }

    @Test
    void sizesThatWouldAllocateBeyondReasonAreRefusedBeforeTheDataIsLoaded() {
        String missing = folder.resolve("no-such-dataset").toString();
        assertThat(usageError("evaluate", "--data", missing, "--protocol", "kfold", "--folds", "1000000").err())
                .startsWith("error: --folds 1000000 is more than 100");
        assertThat(usageError("evaluate", "--data", missing, "--threads", "1000000").err())
                .startsWith("error: --threads 1000000 is more than 256");
        assertThat(usageError("generate", "--out", missing, "--movies", "2000000000").err())
                .startsWith("error: give at most 10,000,000 --users, 10,000,000 --movies");
    }

    @Test
    void benchAndGenerateCheckTheirArguments() {
        for (String[] args : List.of(
                new String[] {"bench", "load", "--data", data, "--runs", "0"},
                new String[] {"bench", "load", "--data", data, "--warmup", "-1"},
                new String[] {"bench", "knn", "--data", data, "--users", "0"},
                new String[] {"bench", "search", "--data", data, "--titles", "-5"},
                new String[] {"generate", "--out", folder.resolve("g").toString(), "--users", "0"},
                new String[] {"generate", "--out", folder.resolve("g").toString(), "--users", "10", "--movies", "5"})) {
            usageError(args);
        }
        assertThat(usageError("bench", "load", "--data", data, "--runs", "0").err())
                .isEqualTo("error: --runs must be from 1 to 1000 and --warmup from 0 to 1000\n");
    }

    @Test
    void anEmptyOrBlankPathIsAUsageError() {
        for (String path : List.of("", "   ")) {
            assertThat(usageError("stats", "--data", path).err())
                    .contains("'--data'").contains("an empty path names no file or folder");
            usageError("recommend", "--data", data, "--user", "1", "--method", "popular", "--out", path);
        }
    }

    @Test
    void moreUsersToScoreThanTheDatasetHasSaysHowManyAreScored() {
        CliRun run = CliRun.of("evaluate", "--data", data, "--method", "popular", "--k", "2", "--users", "100",
                "--threads", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).startsWith("--users 100: " + data + " has 6 users, so every one of them is scored\n");
        assertThat(run.out()).contains("; every user (6) scored;");
    }

    @Test
    void defaultsBeyondASmallDatasetAreNoError() {
        CliRun run = CliRun.of("recommend", "--data", data, "--user", "1", "--method", "knn");

        assertThat(run.exitCode()).as(run.err()).isZero();
    }
}
