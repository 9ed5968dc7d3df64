package io.github.movierecommender.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.movierecommender.data.Fixtures;
import io.github.movierecommender.data.SeveralReleasesTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return MovieRecommenderCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void printsTheSummaryAsOneJsonObject() throws Exception {
        int exitCode = run("stats", "--data", Fixtures.folder("ml-latest-small").toString(), "--json");

        assertEquals(0, exitCode, err::toString);
        List<String> lines = out.toString().lines().toList();
        assertEquals(1, lines.size(), out::toString);
        JsonNode json = new ObjectMapper().readTree(lines.get(0));
        assertAll(
                () -> assertEquals("ml-latest", json.path("format").asText()),
                () -> assertEquals(3, json.path("users").asInt()),
                () -> assertEquals(8, json.path("movies").asInt()),
                () -> assertEquals(11, json.path("ratings").asLong()),
                () -> assertEquals(5, json.path("tags").asLong()),
                () -> assertEquals(0.5, json.path("minRating").asDouble()),
                () -> assertEquals(5.0, json.path("maxRating").asDouble()),
                () -> assertEquals("2000-02-08", json.path("firstRating").asText()),
                () -> assertEquals("2020-09-13", json.path("lastRating").asText()),
                () -> assertEquals(0, json.path("skippedLines").asLong()),
                () -> assertTrue(json.path("loadMillis").isIntegralNumber()),
                () -> assertTrue(json.path("loadMillis").asLong() >= 0),
                () -> assertEquals("", err.toString()));
    }

    @Test
    void countsSkippedLinesInTheJson() throws Exception {
        int exitCode = run("stats", "--data", Fixtures.folder("bad-ratings-csv").toString(), "--json");

        assertEquals(0, exitCode, err::toString);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(10, json.path("skippedLines").asLong());
        assertEquals(3, json.path("ratings").asLong());
    }

    @Test
    void readsAZip() throws Exception {
        Path zip = Fixtures.zip("ml-100k", tmp);

        int exitCode = run("stats", "--data", zip.toString(), "--json");

        assertEquals(0, exitCode, err::toString);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("ml-100k", json.path("format").asText());
        assertEquals(5, json.path("ratings").asLong());
    }

    @Test
    void namesTheSkippedLinesInTheTextSummary() {
        int exitCode = run("stats", "--data", Fixtures.folder("bad-ratings-csv").toString());

        assertEquals(0, exitCode, err::toString);
        assertTrue(out.toString().contains("ratings.csv, line 3: expected 4 fields"), out::toString);
    }

    @Test
    void aMissingFolderIsReportedOnStderrWithExitCode1() {
        Path missing = tmp.resolve("ml-missing");

        int exitCode = run("stats", "--data", missing.toString(), "--json");

        assertEquals(1, exitCode);
        assertTrue(err.toString().contains(missing + ": no such file or folder"), err::toString);
        assertEquals("", out.toString());
    }

    @Test
    void aBrokenReleaseIsReportedOnStderrWithExitCode1() {
        Path folder = Fixtures.folder("wrong-header");

        int exitCode = run("stats", "--data", folder.toString());

        assertEquals(1, exitCode);
        assertTrue(err.toString().contains(folder.resolve("ratings.csv") + ", line 1: expected the header"),
                err::toString);
        assertEquals("", out.toString());
    }

    @Test
    void aFolderWithTwoReleasesIsAnErrorOfOneLineNamingBothAndTheFolderToPass() throws Exception {
        Path download = SeveralReleasesTest.twoReleasesInAFolder(tmp);

        int exitCode = run("stats", "--data", download.toString());

        assertEquals(1, exitCode);
        assertEquals("error: " + download + " holds 2 releases (ml-100k, ml-latest-small); open one of them, "
                + "such as " + download.resolve("ml-100k") + System.lineSeparator(), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void oneReleaseOfAZipHoldingTwoIsPassedAsZipSlashFolder() throws Exception {
        Path zip = SeveralReleasesTest.twoReleasesInAZip(tmp);

        int exitCode = run("stats", "--data", zip.resolve("ml-100k").toString(), "--json");

        assertEquals(0, exitCode, err::toString);
        assertEquals("ml-100k", new ObjectMapper().readTree(out.toString()).path("format").asText());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anUnreadableTagsFileIsAWarningAndTheSummaryFollows() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.delete(release.resolve("tags.csv"));
        Process mkfifo = new ProcessBuilder("mkfifo", release.resolve("tags.csv").toString()).start();
        assertEquals(0, mkfifo.waitFor());

        int exitCode = run("stats", "--data", release.toString());

        assertEquals(0, exitCode, err::toString);
        assertTrue(out.toString().contains("  warning: " + release.resolve("tags.csv") + ": cannot be read (not a "
                + "regular file but a named pipe, device or socket); it is left out"), out::toString);
    }

    @Test
    void withoutDataItIsAUsageErrorWithExitCode2() {
        int exitCode = run("stats", "--json");

        assertEquals(2, exitCode);
        assertTrue(err.toString().contains("--data"), err::toString);
        assertEquals("", out.toString());
    }
}
