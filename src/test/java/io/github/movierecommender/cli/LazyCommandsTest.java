package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.HelpCommand;

/** Only the command that runs is read by picocli; whatever lists or suggests commands gets them all. */
class LazyCommandsTest {

    @Test
    void aCommandRunsWithItsOwnOptionsOnly() {
        assertThat(MovieRecommenderCli.commandsFor("stats", "--data", "x")).containsExactly(StatsCommand.class);
        assertThat(MovieRecommenderCli.commandsFor("evaluate")).containsExactly(EvaluateCommand.class);
    }

    @Test
    void helpVersionAndUnknownCommandsGetEveryCommand() {
        for (String[] args : new String[][] {{}, {"help", "stats"}, {"--help"}, {"--version"}, {"stat"}, {"STATS"}}) {
            assertThat(MovieRecommenderCli.commandsFor(args)).as(String.join(" ", args)).hasSize(9)
                    .startsWith(StatsCommand.class).endsWith(HelpCommand.class);
        }
    }

    @Test
    void aMistypedCommandIsStillAUsageErrorNamingIt() {
        CliRun run = CliRun.of("stat", "--data", "x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("stat");
    }
}
