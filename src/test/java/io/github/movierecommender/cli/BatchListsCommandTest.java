package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.synth.SyntheticDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recommend --user all --out} on several threads: the lists of every user, in the dataset's user order. */
class BatchListsCommandTest {

    @TempDir
    static Path folder;

    static String data;

    @BeforeAll
    static void writeDataset() throws IOException {
        Path release = folder.resolve("synthetic");
        new SyntheticDataset(new SyntheticDataset.Size(400, 300, 20_000), 7).writeTo(release, written -> { });
        data = release.toString();
    }

    @Test
    void theFileIsTheSameOnOneTwoOrThreeThreadsAndListsEveryUserInTheDatasetsOrder() throws Exception {
        List<String> one = writeLists("1");
        List<String> two = writeLists("2");
        List<String> three = writeLists("3");

        assertEquals(one, two);
        assertEquals(one, three);
        assertEquals("userId,rank,movieId,title,score,support", one.get(0));
        Dataset dataset = DatasetLoader.load(Path.of(data));
        List<Integer> usersInOrder = IntStream.range(0, dataset.ratings().userCount())
                .mapToObj(dataset.ratings().users()::idAt).toList();
        List<Integer> usersWritten = one.stream().skip(1).map(row -> Integer.parseInt(row.split(",")[0]))
                .distinct().toList();
        assertEquals(usersInOrder, usersWritten);
        assertThat(one.stream().skip(1).filter(row -> row.split(",")[1].equals("1"))).hasSize(usersInOrder.size());
    }

    @Test
    void printedListsComeInTheOrderAskedWhateverTheThreadCount() {
        CliRun one = CliRun.of("recommend", "--data", data, "--user", "all", "--method", "knn", "--n", "3",
                "--threads", "1");
        CliRun two = CliRun.of("recommend", "--data", data, "--user", "all", "--method", "knn", "--n", "3",
                "--threads", "2");

        assertEquals(0, two.exitCode(), two.err());
        assertEquals(one.out(), two.out());
        assertThat(one.out()).startsWith("user 1 · knn-baseline");
    }

    @Test
    void theEndTellsHowManyUsersAndHowFast() throws Exception {
        Path csv = folder.resolve("timed.csv");

        CliRun run = CliRun.of("recommend", "--data", data, "--user", "all", "--method", "popular", "--min-votes",
                "1", "--threads", "2", "--out", csv.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertThat(run.out()).startsWith("wrote the top 10 for 400 users to " + csv).contains("users/s on 2 threads");
        assertThat(run.err()).contains("recommending", "100%");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void aThreadCountOutsideOneTo256IsAOneLineUsageErrorBeforeTheLoad() {
        for (String threads : List.of("0", "-2", "257", "two")) {
            CliRun run = CliRun.of("recommend", "--data", folder.resolve("missing").toString(), "--user", "all",
                    "--method", "popular", "--threads", threads);

            assertEquals(2, run.exitCode(), threads);
            assertThat(run.err().lines()).as(threads).hasSize(1);
            assertThat(run.err()).as(threads).startsWith("error: ").contains("--threads").doesNotContain("missing");
        }
    }

    private static List<String> writeLists(String threads) throws IOException {
        Path csv = folder.resolve("lists-" + threads + ".csv");
        CliRun run = CliRun.of("recommend", "--data", data, "--user", "all", "--method", "knn", "--n", "5",
                "--threads", threads, "--out", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        return Files.readAllLines(csv);
    }
}
