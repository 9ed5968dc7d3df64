package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.appdata.AppVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command tells its usage when asked, even without the options it requires, and the version. */
class HelpAndVersionTest {

    private static final String[] COMMANDS = {"stats", "recommend", "neighbours", "download", "demo", "generate",
        "bench", "evaluate"};

    @ParameterizedTest
    @ValueSource(strings = {"stats", "recommend", "neighbours", "download", "demo", "generate", "bench", "evaluate"})
    void everyCommandAnswersHelpWithItsUsage(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Usage: movie-recommender " + command).contains("-h, --help")
                .doesNotContain("Missing required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stats", "recommend", "neighbours", "download", "demo", "generate", "bench", "evaluate"})
    void theHelpCommandPrintsTheSameUsage(String command) {
        CliRun help = CliRun.of("help", command);

        assertThat(help.exitCode()).as(help.err()).isZero();
        assertThat(help.out()).isEqualTo(CliRun.of(command, "--help").out());
    }

    @Test
    void helpAloneListsEveryCommandAndHelpItself() {
        CliRun run = CliRun.of("help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: movie-recommender").contains(COMMANDS).contains("help ");
    }

    @Test
    void helpForACommandThatDoesNotExistIsAUsageError() {
        CliRun run = CliRun.of("help", "recomend");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("recomend");
    }

    @Test
    void theRequiredOptionsAreStillRequiredWithoutHelp() {
        CliRun run = CliRun.of("recommend");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option");
    }

    @Test
    void versionPrintsTheVersionMavenBuilt() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(AppVersion.current()).as("Maven filters version.properties").isNotEqualTo(AppVersion.UNKNOWN)
                .matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(run.out().strip()).isEqualTo("movie-recommender " + AppVersion.current());
    }

    @ParameterizedTest
    @ValueSource(strings = {"stats", "recommend", "evaluate"})
    void everyCommandAnswersVersionToo(String command) {
        CliRun run = CliRun.of(command, "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("movie-recommender " + AppVersion.current());
    }
}
