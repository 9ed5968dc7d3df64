package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real ml-latest-small release for tests that need it: the property {@code movielens.small}, or the shared copy. */
public final class MovieLensSmall {

    private MovieLensSmall() {
    }

    /** Loads the release; the test is skipped, not failed, where it is not available. */
    public static Dataset loadOrSkip() throws DatasetException {
        Path folder = Path.of(System.getProperty("movielens.small", "../shared/datasets/ml-latest-small"));
        assumeTrue(Files.isDirectory(folder), "ml-latest-small is not available");
        return DatasetLoader.load(folder);
    }
}
