package io.github.movierecommender.data;

import static io.github.movierecommender.data.DatasetAssertions.assertConsistent;
import static io.github.movierecommender.data.DatasetAssertions.assertSameData;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real ml-latest-small release, where the build finds it; skipped elsewhere. */
class MovieLensSmallTest {

    private static Path folder;
    private static Dataset dataset;

    @BeforeEach
    void requireTheRelease() throws DatasetException {
        String property = System.getProperty("movielens.small");
        assumeTrue(property != null, "movielens.small is not set");
        assumeTrue(Files.isDirectory(Path.of(property)), () -> "no ml-latest-small at " + property);
        if (dataset == null) {
            folder = Path.of(property);
            dataset = DatasetLoader.load(folder);
        }
    }

    @Test
    void hasThePublishedCounts() {
        DatasetSummary summary = dataset.summary();

        assertAll(
                () -> assertEquals("ml-latest", summary.format()),
                () -> assertEquals(610, summary.users()),
                () -> assertEquals(9_742, summary.movies()),
                () -> assertEquals(100_836, summary.ratings()),
                () -> assertEquals(3_683, summary.tags()),
                () -> assertEquals(0.5, summary.minRating()),
                () -> assertEquals(5.0, summary.maxRating()),
                () -> assertTrue(dataset.report().isClean(), () -> dataset.report().toString()));
    }

    @Test
    void everyMovieHasADisplayTitleAndLinks() {
        for (Movie movie : dataset.movies().all()) {
            assertTrue(!movie.displayTitle().isBlank() && !movie.placeholder(), movie::toString);
            assertTrue(movie.imdbId() != Movie.NO_LINK, movie::toString);
        }
    }

    @Test
    void keepsBothRowViewsInStep() {
        assertConsistent(dataset);
    }

    @Test
    void readsTheSameFromTheZip(@TempDir Path tmp) throws Exception {
        Path zip = Fixtures.zip(folder, tmp.resolve("ml-latest-small.zip"), "ml-latest-small/");

        assertSameData(dataset, DatasetLoader.load(zip));
    }
}
