package io.github.movierecommender.cli;

import io.github.movierecommender.recommend.SmallWorld;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Command tests that run on the SmallWorld dataset, written once per test class into {@link #folder}. */
abstract class SmallWorldCommandTest {

    @TempDir
    static Path folder;

    /** The dataset's folder, as --data takes it. */
    static String data;

    @BeforeAll
    static void writeDataset() throws Exception {
        SmallWorld.load(folder);
        data = folder.toString();
    }
}
