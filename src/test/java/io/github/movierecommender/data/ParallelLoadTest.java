package io.github.movierecommender.data;

import static io.github.movierecommender.data.DatasetAssertions.assertConsistent;
import static io.github.movierecommender.data.DatasetAssertions.assertSameData;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ratings file is parsed in chunks on every core while the catalogue is read on a thread of
 * its own; what comes out is exactly what one pass over the files in order gives, problems and
 * line numbers included.
 */
class ParallelLoadTest {

    private static final int LINE_BYTES = 32;
    private static final String HEADER = "userId,movieId,rating,timestamp\n";

    @TempDir
    Path tmp;

    @Test
    void chunksGiveTheRowsAndBadLinesOfOneSequentialPass() throws Exception {
        int linesPerChunk = RatingsFileParser.CHUNK_BYTES / LINE_BYTES;
        int lines = 3 * linesPerChunk + 100;
        List<Integer> bad = List.of(1, linesPerChunk - 1, linesPerChunk, linesPerChunk + 1, 2 * linesPerChunk,
                2 * linesPerChunk + 1, lines);
        byte[] body = fixedWidthRatings(lines, bad);
        byte[] file = concat(HEADER.getBytes(StandardCharsets.US_ASCII), body);

        RatingsFileParser.Result chunked = new RatingsFileParser("r.csv", ",", "userId,movieId,rating,timestamp")
                .parse(new ByteArrayInputStream(file), file.length, () -> LineSamples.NONE, LoadMonitor.NONE);
        RatingBlock sequential = new RatingLineParser(",", "r.csv").parse(body, body.length);

        RatingRows rows = chunked.ratings();
        assertEquals(lines - bad.size(), rows.size);
        DatasetAssertions.assertSameRows(sequential, rows);
        List<String> expected = new ArrayList<>();
        for (BadLine line : sequential.badLines.first()) {
            expected.add(new BadLine(line.file(), line.line() + 1, line.problem()).toString());
        }
        assertEquals(expected, chunked.badLines().first().stream().map(BadLine::toString).toList());
        assertEquals(bad.stream().map(line -> line + 1L).toList(),
                chunked.badLines().first().stream().map(BadLine::line).toList(), "file lines, header counted");
    }

    /** Lines of exactly {@link #LINE_BYTES} bytes, so the chunks end where the test expects; the 1-based lines in {@code bad} have a bad rating. */
    private static byte[] fixedWidthRatings(int lines, List<Integer> bad) {
        StringBuilder text = new StringBuilder(lines * LINE_BYTES);
        for (int line = 1; line <= lines; line++) {
            String rating = bad.contains(line) ? (line % 2 == 0 ? "9.5" : "x.5") : (line % 10) / 2 + ".5";
            text.append(String.format("%08d,%07d,%s,%010d%n", line / 7 + 1, line % 5000 + 1, rating, line));
        }
        byte[] bytes = text.toString().replace("\r\n", "\n").getBytes(StandardCharsets.US_ASCII);
        assertEquals((long) lines * LINE_BYTES, bytes.length);
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void usersListedInAnyOrderGiveTheSameDatasetAsUsersInOrder() throws Exception {
        int lines = 300_000;
        Path sorted = Fixtures.largeRelease(tmp.resolve("sorted"), lines);
        Path shuffled = Fixtures.largeRelease(tmp.resolve("shuffled"), lines);
        List<String> rows = new ArrayList<>(Files.readAllLines(shuffled.resolve("ratings.csv")));
        String header = rows.remove(0);
        Collections.reverse(rows);
        Collections.swap(rows, 10, rows.size() - 10);
        rows.add(0, header);
        Files.write(shuffled.resolve("ratings.csv"), rows);

        Dataset fromSorted = DatasetLoader.load(sorted);
        Dataset fromShuffled = DatasetLoader.load(shuffled);

        assertSameData(fromSorted, fromShuffled);
        assertArrayEquals(Arrays.copyOf(fromSorted.ratings().userTimes(), fromSorted.ratings().size()),
                Arrays.copyOf(fromShuffled.ratings().userTimes(), fromShuffled.ratings().size()));
        assertConsistent(fromShuffled);
    }

    @RepeatedTest(5)
    void aMoviesProblemIsReportedBeforeARatingsProblem() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.writeString(release.resolve("movies.csv"), "id;title;genres\n1;A;Drama\n");
        Files.writeString(release.resolve("ratings.csv"), "user,movie,stars,time\n1,1,4.0,1\n");

        DatasetException e = assertThrows(DatasetException.class, () -> DatasetLoader.load(release));

        assertTrue(e.getMessage().contains("movies.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("id;title;genres"), e.getMessage());
    }

    @Test
    void aMoviesProblemStopsTheRatingsEvenWhenTheyNeverEnd() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.writeString(release.resolve("movies.csv"), "id;title;genres\n1;A;Drama\n");
        Map<String, MisbehavingFiles.Opening> endlessRatings = Map.of("ratings.csv",
                () -> MisbehavingFiles.endless(HEADER, "1,1,4.0,1100000000\n"));

        DatasetException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
                DatasetException.class, () -> MisbehavingFiles.load(release, endlessRatings, LoadMonitor.NONE)));

        assertTrue(e.getMessage().contains("id;title;genres"), e.getMessage());
    }

    @Test
    void aCatalogueWithoutMoviesStopsTheRatingsEvenWhenTheyNeverEnd() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.writeString(release.resolve("movies.csv"), "movieId,title,genres\n");
        Map<String, MisbehavingFiles.Opening> endlessRatings = Map.of("ratings.csv",
                () -> MisbehavingFiles.endless(HEADER, "1,1,4.0,1100000000\n"));

        DatasetException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
                DatasetException.class, () -> MisbehavingFiles.load(release, endlessRatings, LoadMonitor.NONE)));

        assertTrue(e.getMessage().contains("movies.csv"), e.getMessage());
    }
}
