package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendCommandTest extends SmallWorldCommandTest {

    @Test
    void printsOneJsonObjectPerUserWithRankedItemsAndTheReasonForAShortList() throws Exception {
        CliRun run = CliRun.of("recommend", "--data", data, "--user", "1,2", "--method", "knn", "--mode", "tutorial",
                "--k", "3", "--json");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals(1, first.get("user").asInt());
        assertEquals("knn-tutorial", first.get("method").asText());
        JsonNode item = first.get("items").get(0);
        assertEquals(1, item.get("rank").asInt());
        assertEquals(6, item.get("movieId").asInt());
        assertEquals("Comedy Six (2006)", item.get("title").asText());
        assertEquals(4.0, item.get("score").asDouble());
        assertEquals(3, item.get("support").asInt());
        assertThat(item.get("explanation").asText()).isEqualTo("3 of your 3 nearest neighbours rated it, average 4.0");
        assertThat(first.get("emptyReason").asText()).contains("only 3 movies");
    }

    @Test
    void listsNeighboursAsJson() throws Exception {
        CliRun run = CliRun.of("neighbours", "--data", data, "--user", "1", "--k", "2", "--mode", "tutorial", "--json");

        JsonNode neighbours = new ObjectMapper().readTree(run.out()).get("neighbours");
        assertEquals(2, neighbours.size());
        assertEquals(2, neighbours.get(0).get("userId").asInt());
        assertEquals(0.0, neighbours.get(0).get("distance").asDouble());
        assertEquals(1.0, neighbours.get(0).get("similarity").asDouble());
        assertEquals(5, neighbours.get(0).get("common").asInt());
    }

    @Test
    void writesTheTopNForEveryUserToACsvFile() throws Exception {
        Path csv = folder.resolve("all.csv");

        CliRun run = CliRun.of("recommend", "--data", data, "--user", "all", "--method", "popular", "--min-votes", "1",
                "--n", "2", "--out", csv.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("userId,rank,movieId,title,score,support", lines.get(0));
        assertThat(lines).hasSize(1 + 5 * 2 + 1);
        assertThat(lines.get(1)).startsWith("1,1,");
        assertThat(lines).filteredOn(line -> line.startsWith("2,")).containsExactly("2,1,8,Drama Eight (2008),2.0,1");
    }

    @Test
    void anUnknownUserAZeroKOrAnUnknownMethodIsAOneLineUsageError() {
        for (String[] args : List.of(
                new String[] {"recommend", "--data", data, "--user", "99", "--method", "knn"},
                new String[] {"recommend", "--data", data, "--user", "1", "--method", "knn", "--k", "0"},
                new String[] {"recommend", "--data", data, "--user", "1", "--method", "magic"},
                new String[] {"neighbours", "--data", data, "--user", "x"})) {
            CliRun run = CliRun.of(args);
            assertEquals(2, run.exitCode(), String.join(" ", args));
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).startsWith("error: ");
        }
    }

    @Test
    void takesAnyListingMethodByItsRegisteredNameAndRefusesOneThatOnlyPredicts() {
        CliRun cosine = CliRun.of("recommend", "--data", data, "--user", "1", "--method", "knn-cosine", "--k", "5");
        CliRun sameByMeasure = CliRun.of("recommend", "--data", data, "--user", "1", "--method", "knn", "--measure",
                "cosine", "--k", "5");
        CliRun tutorial = CliRun.of("recommend", "--data", data, "--user", "1", "--method", "knn-tutorial", "--k", "3");
        CliRun basic = CliRun.of("recommend", "--data", data, "--user", "1", "--method", "knn-basic");

        assertEquals(0, cosine.exitCode(), cosine.err());
        assertEquals(sameByMeasure.out(), cosine.out());
        assertThat(tutorial.out()).startsWith("user 1 · knn-tutorial")
                .contains("3 of your 3 nearest neighbours rated it, average 4.0");
        assertEquals(2, basic.exitCode());
        assertThat(basic.err()).startsWith("error: ").contains("knn-basic predicts ratings and makes no lists");
    }
}
