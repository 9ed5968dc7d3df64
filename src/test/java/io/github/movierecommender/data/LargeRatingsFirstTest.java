package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ratings file over 64 MB is parsed alone before the catalogue is read: the catalogue must still
 * be read, and a catalogue that stops the load must still be what the load reports.
 */
class LargeRatingsFirstTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final int USERS = 30_000;
    private static final int MOVIES = 100;

    @TempDir
    static Path tmp;
    private static Path ratings;

    @BeforeAll
    static void writeRatings() throws IOException {
        ratings = tmp.resolve("ratings.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(ratings), 1 << 16)) {
            out.write("userId,movieId,rating,timestamp\n".getBytes(StandardCharsets.US_ASCII));
            for (int u = 1; u <= USERS; u++) {
                for (int m = 1; m <= MOVIES; m++) {
                    out.write((u + "," + m + "," + (1 + (u + m) % 5) + ".0,1100000000\n")
                            .getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        assertTrue(Files.size(ratings) > 64L << 20, "large enough to be parsed before the catalogue");
    }

    @Test
    void theCatalogueAndTagsOfALargeReleaseAreRead() throws Exception {
        Path release = release("large", movies(MOVIES), "userId,movieId,tag,timestamp\n1,7,\"dark, funny\",1\n");

        Dataset dataset = assertTimeoutPreemptively(HANG_GUARD, () -> DatasetLoader.load(release));

        assertEquals(USERS * MOVIES, dataset.ratings().size());
        assertEquals(MOVIES, dataset.movies().size());
        assertEquals("Movie 7", dataset.movies().at(dataset.movies().indexOf(7)).displayTitle());
        assertEquals(List.of("dark, funny"), dataset.tags().of(dataset.movies().indexOf(7)));
        assertEquals(0, dataset.report().placeholderMovies());
    }

    @Test
    void aCatalogueWithoutMoviesStopsALargeLoadAndIsReported() throws Exception {
        Path release = release("no-movies", "movieId,title,genres\n", null);

        DatasetException thrown = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(DatasetException.class, () -> DatasetLoader.load(release)));

        assertTrue(thrown.getMessage().endsWith("movies.csv: no movies in the file, only its header"),
                thrown.getMessage());
    }

    private static String movies(int count) {
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        for (int m = 1; m <= count; m++) {
            movies.append(m).append(",Movie ").append(m).append(" (2000),Drama\n");
        }
        return movies.toString();
    }

    private static Path release(String name, String movies, String tags) throws IOException {
        Path release = Files.createDirectories(tmp.resolve(name));
        Files.createSymbolicLink(release.resolve("ratings.csv"), ratings);
        Files.writeString(release.resolve("movies.csv"), movies);
        if (tags != null) {
            Files.writeString(release.resolve("tags.csv"), tags);
        }
        return release;
    }
}
