package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles, genres, file names and lines holding terminal control codes are printed inert. User 1
 * rated only a plain movie, so every hostile title is recommended to them.
 */
class HostileTextTest {

    private static final String ESC = "\u001B";
    private static final String BEL = "\u0007";
    private static final List<String> TITLES = List.of(
            "Clear " + ESC + "[2J" + ESC + "[H Screen (2001)",
            "Retitle " + ESC + "]0;owned" + BEL + " Window (2002)",
            "Ring " + BEL + BEL + " Bell (2003)",
            "Eight-bit \u009B2J CSI \u007F Delete (2004)");

    @TempDir
    static Path folder;

    static String data;

    @BeforeAll
    static void writeDataset() throws Exception {
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (int m = 1; m <= TITLES.size(); m++) {
            movies.append(m).append(",\"").append(TITLES.get(m - 1)).append("\",Comedy|Dra").append(ESC)
                    .append("[31mma\n");
            for (int u = 2; u <= 3; u++) {
                ratings.append(u).append(',').append(m).append(',').append(1 + (u + m) % 5).append(",100\n");
            }
        }
        movies.append("9,Plain (2009),Drama\n");
        ratings.append("1,9,4,100\n");
        ratings.append("1,").append(ESC).append("]0;owned").append(BEL).append(",5,100\n");
        Files.writeString(folder.resolve("movies.csv"), movies);
        Files.writeString(folder.resolve("ratings.csv"), ratings);
        data = folder.toString();
    }

    private static void assertInert(String printed) {
        assertThat(printed.chars().filter(c -> Character.isISOControl(c) && c != '\n'))
                .as("control characters in %s", printed).isEmpty();
    }

    @Test
    void recommendationsInTextShowTheCodesAsEscapes() {
        CliRun run = CliRun.of("recommend", "--data", data, "--user", "1", "--method", "popular", "--min-votes", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertInert(run.out());
        assertInert(run.err());
        assertThat(run.out()).contains("Clear \\u001B[2J\\u001B[H Screen (2001)", "Ring \\u0007\\u0007 Bell (2003)",
                "Eight-bit \\u009B2J CSI \\u007F Delete (2004)");
    }

    @Test
    void genreExplanationsShowTheCodesAsEscapes() {
        CliRun run = CliRun.of("recommend", "--data", data, "--user", "1", "--method", "genre", "--min-votes", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertInert(run.out());
    }

    @Test
    void jsonStaysValidAndKeepsTheTitlesExactly() throws Exception {
        CliRun run = CliRun.of("recommend", "--data", data, "--user", "all", "--method", "popular", "--min-votes", "1",
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertInert(run.out());
        List<String> titles = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            new ObjectMapper().readTree(line).get("items").forEach(item -> titles.add(item.get("title").asText()));
        }
        assertThat(titles).containsAll(TITLES);
    }

    @Test
    void skippedLinesInStatsShowTheCodesAsEscapes() throws Exception {
        CliRun text = CliRun.of("stats", "--data", data);
        CliRun json = CliRun.of("stats", "--data", data, "--json");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertInert(text.out());
        assertThat(text.out()).contains("\\u001B]0;owned\\u0007");
        assertInert(json.out());
        JsonNode summary = new ObjectMapper().readTree(json.out());
        assertThat(summary.get("skippedLines").asInt()).isEqualTo(1);
    }

    @Test
    void fileNamesInLabelsAndErrorsShowTheCodesAsEscapes() throws Exception {
        Path profile = Files.writeString(folder.resolve("me" + ESC + "[2J.csv"),
                "userId,movieId,rating,timestamp\n1,1,5.0,100\n");
        CliRun label = CliRun.of("neighbours", "--data", data, "--profile", profile.toString(), "--k", "1",
                "--min-common", "1");
        CliRun missing = CliRun.of("stats", "--data", folder.resolve("gone" + ESC + "]0;owned" + BEL).toString());

        assertThat(label.exitCode()).as(label.err()).isZero();
        assertInert(label.out());
        assertThat(label.out()).startsWith("user 1 from me\\u001B[2J.csv · ");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertInert(missing.err());
        assertThat(missing.err()).contains("gone\\u001B]0;owned\\u0007");
    }
}
