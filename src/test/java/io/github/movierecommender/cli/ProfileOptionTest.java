package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.movierecommender.recommend.SmallWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code recommend} and {@code neighbours} for the ratings of a profile file instead of a user of the dataset. */
class ProfileOptionTest extends SmallWorldCommandTest {

    /** User 1 of {@link SmallWorld}, as a ratings file of its own. */
    private static final String USER_ONE = """
            userId,movieId,rating,timestamp
            1,1,5.0,100
            1,2,4.0,100
            1,3,3.0,100
            1,4,2.0,100
            1,5,1.0,100
            """;

    private static String profile(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content).toString();
    }

    @Test
    void recommendsForAProfileFileAsForTheUserWhoseRatingsItHolds() throws Exception {
        String file = profile("user1.csv", USER_ONE);
        for (String method : List.of("popular", "genre")) {
            CliRun byUser = CliRun.of("recommend", "--data", data, "--user", "1", "--method", method, "--min-votes", "1",
                    "--json");
            CliRun byProfile = CliRun.of("recommend", "--data", data, "--profile", file, "--method", method, "--min-votes", "1",
                    "--json");

            assertEquals(0, byProfile.exitCode(), byProfile.err());
            assertEquals(byUser.out(), byProfile.out(), method);
            assertEquals("", byProfile.err());
        }
    }

    @Test
    void showsUserZeroForAFileOfSeveralUsersAndNamesTheFileInText() throws Exception {
        String file = profile("mixed.csv", USER_ONE.replace("1,5,1.0,100", "7,5,1.0,100"));

        CliRun json = CliRun.of("recommend", "--data", data, "--profile", file, "--method", "knn", "--mode", "tutorial",
                "--k", "3", "--json");
        CliRun text = CliRun.of("recommend", "--data", data, "--profile", file, "--method", "knn", "--mode", "tutorial",
                "--k", "3");

        assertEquals(0, new ObjectMapper().readTree(json.out()).get("user").asInt());
        assertThat(text.out()).startsWith("user 0 from mixed.csv · knn-tutorial\n");
    }

    @Test
    void listsTheNeighboursOfAProfileFileAmongAllUsersOfTheDataset() throws Exception {
        String file = profile("me.csv", USER_ONE.replace("\n1,", "\n0,"));

        CliRun run = CliRun.of("neighbours", "--data", data, "--profile", file, "--k", "2", "--mode", "tutorial", "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertEquals(0, result.get("user").asInt());
        assertThat(result.get("neighbours").findValuesAsText("userId")).containsExactly("1", "2");
        assertThat(result.get("neighbours").findValuesAsText("distance")).containsExactly("0.0", "0.0");
    }

    @Test
    void writesTheFilesUserToTheCsvOutput() throws Exception {
        String file = profile("user1-out.csv", USER_ONE);
        Path csv = folder.resolve("top.csv");

        CliRun run = CliRun.of("recommend", "--data", data, "--profile", file, "--method", "popular", "--min-votes", "1",
                "--n", "1", "--out", csv.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertThat(Files.readAllLines(csv)).hasSize(2).element(1).asString().startsWith("1,1,");
    }

    @Test
    void skipsAndListsMalformedLinesAndMoviesTheDatasetLacks() throws Exception {
        String file = profile("rough.csv", USER_ONE + "1,6,lots,100\n1,99,4.0,100\n");

        CliRun run = CliRun.of("recommend", "--data", data, "--profile", file, "--method", "genre", "--min-votes", "1");

        assertEquals(0, run.exitCode(), run.err());
        assertThat(run.err().lines()).containsExactly("skipped " + file + ", line 7: rating 'lots' is not a number",
                "left out 1 rated movie that " + data + " lacks: 99");
        assertThat(run.out()).startsWith("user 1 from rough.csv · genre");
    }

    @Test
    void aFileThatIsNoRatingsFileOrHasNoSoundLineIsAOneLineErrorNamingFileAndLine() throws Exception {
        String movies = profile("movies-by-mistake.csv", "movieId,title,genres\n1,Comedy One (2001),Comedy\n");
        String broken = profile("broken.csv", "userId,movieId,rating,timestamp\n1,1,9,100\n1,2\n");
        String missing = folder.resolve("missing.csv").toString();

        for (String[] args : List.of(
                new String[] {"recommend", "--data", data, "--profile", movies, "--method", "knn"},
                new String[] {"neighbours", "--data", data, "--profile", broken},
                new String[] {"recommend", "--data", data, "--profile", missing, "--method", "genre"})) {
            CliRun run = CliRun.of(args);
            assertEquals(1, run.exitCode(), String.join(" ", args));
            assertThat(run.err().lines()).singleElement().asString().startsWith("error: ");
        }
        assertThat(CliRun.of("recommend", "--data", data, "--profile", movies, "--method", "knn").err())
                .isEqualTo("error: " + movies + ", line 1: expected the header 'userId,movieId,rating,timestamp' "
                        + "but found 'movieId,title,genres'\n");
        assertThat(CliRun.of("neighbours", "--data", data, "--profile", broken).err()).isEqualTo(
                "error: " + broken + ": no valid ratings; first problem: " + broken
                        + ", line 2: rating '9' is outside the scale 0.5 to 5\n");
    }

    @Test
    void takesEitherUsersOrAProfileFile() throws Exception {
        String file = profile("either.csv", USER_ONE);
        for (String[] args : List.of(
                new String[] {"recommend", "--data", data, "--user", "1", "--profile", file, "--method", "knn"},
                new String[] {"neighbours", "--data", data})) {
            CliRun run = CliRun.of(args);
            assertEquals(2, run.exitCode(), String.join(" ", args));
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).startsWith("error: ").contains("--user").contains("--profile");
        }
    }
}
