package io.github.movierecommender.data;

import static io.github.movierecommender.data.DatasetAssertions.assertConsistent;
import static io.github.movierecommender.data.DatasetAssertions.movie;
import static io.github.movierecommender.data.DatasetAssertions.stars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Damaged input either loads, with what is sound, or fails with a DatasetException; nothing else. */
class MalformedInputTest {

    private static final List<byte[]> SPLICES = Stream.of("::", ",", "\"", "\n", "\r", "|", "\t", "99999999999",
            "2147483647", "-1", "4294967295", "\uFEFF", "\0", "(", ")", ", The", " (1995)", ".5", "e")
            .map(text -> text.getBytes(StandardCharsets.UTF_8)).toList();

    @TempDir
    Path tmp;

    static Stream<Arguments> damagedReleases() {
        return Stream.of("ml-latest-small", "ml-1m", "ml-10M100K", "ml-100k", "duplicates")
                .flatMap(fixture -> IntStream.range(0, 20).mapToObj(seed -> Arguments.of(fixture, seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("damagedReleases")
    void damagedFilesLoadOrFailWithADatasetException(String fixture, int seed) throws Exception {
        Random random = new Random(seed);
        Path release = Fixtures.copy(fixture, tmp, bytes -> random.nextBoolean() ? damage(bytes, random) : bytes);

        try {
            assertConsistent(DatasetLoader.load(release));
        } catch (DatasetException expected) {
            assertTrue(expected.getMessage().contains(release.toString()), expected::getMessage);
        } catch (RuntimeException | Error e) {
            fail("loading " + fixture + " damaged with seed " + seed + " threw " + e, e);
        }
    }

    @Test
    void keepsTheLargestIdsAndTimestamps() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.writeString(release.resolve("ratings.csv"), """
                userId,movieId,rating,timestamp
                2147483647,2147483647,4.0,4294967295
                0,1,0.5,0
                """);

        Dataset dataset = DatasetLoader.load(release);

        assertEquals(4.0, stars(dataset, Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertEquals(0.5, stars(dataset, 0, 1));
        assertTrue(movie(dataset, Integer.MAX_VALUE).placeholder());
        assertEquals(LocalDate.of(1970, 1, 1), dataset.summary().firstRating());
        assertEquals(LocalDate.of(2106, 2, 7), dataset.summary().lastRating());
    }

    @Test
    void skipsIdsAndTimestampsBeyondTheirRange() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.writeString(release.resolve("ratings.csv"), """
                userId,movieId,rating,timestamp
                2147483648,1,4.0,1100000000
                1,2147483648,4.0,1100000000
                1,1,4.0,4294967296
                1,1,4.0,1100000000
                """);

        Dataset dataset = DatasetLoader.load(release);

        assertEquals(List.of(2L, 3L, 4L),
                dataset.report().firstBadLines().stream().map(BadLine::line).toList());
        assertEquals(1, dataset.ratings().size());
    }

    @Test
    void skipsALineTooLongForAChunk() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.writeString(release.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,1,4.0,1100000000\n"
                + "9".repeat(2 * RatingsFileParser.CHUNK_BYTES) + "\n2,1,3.0,1100000000\n");

        Dataset dataset = DatasetLoader.load(release);

        assertEquals(3, dataset.report().firstBadLines().get(0).line());
        assertEquals(2, dataset.ratings().size());
    }

    /** A few splices, cuts, overwritten bytes or a truncation at random places. */
    private static byte[] damage(byte[] bytes, Random random) {
        byte[] result = bytes;
        for (int edit = 1 + random.nextInt(4); edit > 0; edit--) {
            int at = random.nextInt(result.length + 1);
            switch (random.nextInt(4)) {
                case 0 -> {
                    byte[] splice = SPLICES.get(random.nextInt(SPLICES.size()));
                    byte[] longer = Arrays.copyOf(result, result.length + splice.length);
                    System.arraycopy(result, at, longer, at + splice.length, result.length - at);
                    System.arraycopy(splice, 0, longer, at, splice.length);
                    result = longer;
                }
                case 1 -> {
                    int cut = Math.min(result.length - at, 1 + random.nextInt(6));
                    byte[] shorter = Arrays.copyOf(result, result.length - cut);
                    System.arraycopy(result, at + cut, shorter, at, result.length - at - cut);
                    result = shorter;
                }
                case 2 -> {
                    if (at < result.length) {
                        result[at] = (byte) random.nextInt(256);
                    }
                }
                default -> result = Arrays.copyOf(result, at);
            }
        }
        return result;
    }
}
