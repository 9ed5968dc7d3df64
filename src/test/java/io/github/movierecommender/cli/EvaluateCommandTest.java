package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.movierecommender.eval.ResultsCsv;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.Methods;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class EvaluateCommandTest extends SmallWorldCommandTest {

    @Test
    void printsOneTableRowPerMethodAndKAfterTheProtocol() {
        CliRun run = CliRun.of("evaluate", "--data", data, "--method", "popular,knn-tutorial,knn-cosine",
                "--k", "3,2", "--protocol", "kfold", "--folds", "3", "--threads", "1");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).contains("41 ratings", "3-fold cross-validation over ratings, seed 42", "n = 10");
        List<String> rows = lines.stream()
                .filter(line -> line.startsWith("popular ") || line.startsWith("knn-"))
                .map(line -> String.join(" ", List.of(line.split(" +")).subList(0, 2)))
                .toList();
        assertEquals(List.of("popular -", "knn-tutorial 2", "knn-tutorial 3", "knn-cosine 2", "knn-cosine 3"), rows);
    }

    @Test
    void printsOneJsonObjectPerRowWithNullForMetricsAMethodLacks() throws Exception {
        CliRun run = CliRun.of("evaluate", "--data", data, "--method", "genre,knn-basic,popular", "--k", "5",
                "--json");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode genre = mapper.readTree(lines.get(0));
        JsonNode basic = mapper.readTree(lines.get(1));
        JsonNode popular = mapper.readTree(lines.get(2));
        assertAll(
                () -> assertEquals("hold-out of 20% of each user's ratings, seed 42", genre.get("protocol").asText()),
                () -> assertEquals("genre", genre.get("method").asText()),
                () -> assertTrue(genre.get("k").isNull()),
                () -> assertTrue(genre.get("rmse").isNull()),
                () -> assertTrue(genre.get("mae").isNull()),
                () -> assertTrue(genre.get("fallbackTo").isNull()),
                () -> assertEquals(0, genre.get("predictions").asLong()),
                () -> assertTrue(genre.get("usersWithList").isNumber()),
                () -> assertEquals("knn-basic", basic.get("method").asText()),
                () -> assertEquals(5, basic.get("k").asInt()),
                () -> assertTrue(basic.get("rmse").isNumber()),
                () -> assertEquals("global mean", basic.get("fallbackTo").asText()),
                () -> assertTrue(basic.get("precision").isNull()),
                () -> assertTrue(basic.get("recall").isNull()),
                () -> assertTrue(basic.get("ndcg").isNull()),
                () -> assertTrue(basic.get("hitRate").isNull()),
                () -> assertTrue(basic.get("coverage").isNull()),
                () -> assertTrue(basic.get("usersWithList").isNull()),
                () -> assertEquals(6, basic.get("users").asInt()),
                () -> assertEquals(10, basic.get("n").asInt()),
                () -> assertEquals("popular", popular.get("method").asText()),
                () -> assertTrue(popular.get("k").isNull()),
                () -> assertTrue(popular.get("mae").isNumber()),
                () -> assertTrue(popular.get("coverage").isNumber()));
    }

    @Test
    void writesTheRowsToACsvFileWithTheHeader() throws Exception {
        Path csv = folder.resolve("results.csv");

        CliRun run = CliRun.of("evaluate", "--data", data, "--method", "knn-basic,popular", "--k", "2,4", "--out",
                csv.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<CSVRecord> records;
        List<String> header;
        try (Reader reader = Files.newBufferedReader(csv);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            header = parser.getHeaderNames();
            records = new ArrayList<>(parser.getRecords());
        }
        assertEquals(ResultsCsv.HEADER, header);
        assertThat(records).hasSize(3);
        assertThat(records).allMatch(r -> r.get("protocol").equals("hold-out of 20% of each user's ratings, seed 42"));
        assertEquals(List.of("knn-basic", "knn-basic", "popular"), records.stream().map(r -> r.get("method")).toList());
        assertEquals(List.of("2", "4", ""), records.stream().map(r -> r.get("k")).toList());
        assertEquals("", records.get(0).get("precision"), "knn-basic makes no list");
        assertThat(records.get(0).get("rmse")).matches("\\d\\.\\d{4}");
        assertEquals("global mean", records.get(2).get("fallback_to"));
    }

    @Test
    void aBadProtocolAnUnknownMethodOrMeasureOrAZeroKIsAOneLineUsageError() {
        for (String[] args : List.of(
                new String[] {"evaluate", "--data", data, "--protocol", "leave-one-out"},
                new String[] {"evaluate", "--data", data, "--method", "popular,magic"},
                new String[] {"evaluate", "--data", data, "--k", "0,5"},
                new String[] {"evaluate", "--data", data, "--holdout", "1.5"},
                new String[] {"evaluate", "--data", data, "--protocol", "kfold", "--folds", "1"},
                new String[] {"evaluate", "--data", data, "--measure", "manhattan"})) {
            CliRun run = CliRun.of(args);

            assertEquals(2, run.exitCode(), String.join(" ", args));
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).startsWith("error: ");
            assertEquals("", run.out());
        }
    }

    @Test
    void anUnknownMeasureIsNamedWithTheKnownOnes() {
        CliRun run = CliRun.of("evaluate", "--data", data, "--measure", "manhattan");

        assertThat(run.err()).startsWith("error: unknown measure 'manhattan': use euclidean, msd, cosine or pearson");
    }

    @Test
    void allRunsEveryRegisteredMethodAndEachRowsMethodIsAcceptedBackByMethod() throws Exception {
        CliRun all = CliRun.of("evaluate", "--data", data, "--method", "all", "--k", "3", "--json");

        assertEquals(0, all.exitCode(), all.err());
        ObjectMapper mapper = new ObjectMapper();
        List<String> methods = new ArrayList<>();
        for (String line : all.out().lines().toList()) {
            methods.add(mapper.readTree(line).get("method").asText());
        }
        assertEquals(Methods.all().stream().map(Method::name).toList(), methods);
        for (String method : methods) {
            CliRun again = CliRun.of("evaluate", "--data", data, "--method", method, "--k", "3", "--json");
            assertEquals(0, again.exitCode(), again.err());
            assertEquals(method, mapper.readTree(again.out().lines().findFirst().orElseThrow()).get("method").asText());
        }
    }

    @Test
    void theHelpNamesEveryRegisteredMethod() {
        String usage = CliRun.of("evaluate", "--help").out();

        assertThat(usage.replaceAll("\\s+", " ")).contains(Methods.names());
    }
}
