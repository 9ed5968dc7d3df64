package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.Methods;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchMethodsTest extends SmallWorldCommandTest {

    @Test
    void timesEveryRegisteredMethodByDefault() {
        CliRun run = CliRun.of("bench", "methods", "--data", data, "--users", "3", "--k", "2");

        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = run.out().lines().skip(1).toList();
        assertEquals(Methods.all().stream().map(Method::name).toList(),
                rows.stream().map(row -> row.split(" +")[0]).toList());
        assertThat(rows).allSatisfy(row -> assertThat(row).contains("built in", "median"));
    }

    @Test
    void timesTheMethodsNamedAndRefusesAnUnknownOne() {
        CliRun two = CliRun.of("bench", "methods", "--data", data, "--users", "3", "--method", "knn,knn-basic");
        CliRun unknown = CliRun.of("bench", "methods", "--data", data, "--method", "magic");

        assertThat(two.out().lines().skip(1).map(row -> row.split(" +")[0]).toList())
                .containsExactly("knn-baseline", "knn-basic");
        assertEquals(2, unknown.exitCode());
        assertThat(unknown.err()).startsWith("error: unknown method 'magic'");
    }
}
