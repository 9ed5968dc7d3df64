package io.github.movierecommender.data;

import static io.github.movierecommender.data.DatasetAssertions.assertSameData;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReleaseLocationTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"ml-latest-small", "ml-1m", "ml-10M100K", "ml-100k"})
    void findsAReleaseOneFolderDown(String fixture) throws Exception {
        Path download = Files.createDirectories(tmp.resolve("download"));
        Files.writeString(download.resolve("readme.txt"), "unpacked here\n");
        Fixtures.copy(fixture, download);

        Dataset dataset = DatasetLoader.load(download);

        assertSameData(DatasetLoader.load(Fixtures.folder(fixture)), dataset);
        assertEquals(download.resolve(fixture).toString(), dataset.source());
    }

    @Test
    void readsAZipThatHoldsTheReleaseFolder() throws Exception {
        Path zip = Fixtures.zip("ml-1m", tmp);

        Dataset dataset = DatasetLoader.load(zip);

        assertSameData(DatasetLoader.load(Fixtures.folder("ml-1m")), dataset);
        assertEquals(zip.toString(), dataset.source());
    }

    @Test
    void readsAZipWithTheFilesAtItsRoot() throws Exception {
        Path zip = Fixtures.zip(Fixtures.folder("ml-100k"), tmp.resolve("ratings.zip"), "");

        assertSameData(DatasetLoader.load(Fixtures.folder("ml-100k")), DatasetLoader.load(zip));
    }

    @Test
    void readsAZipWithTheReleaseTwoFoldersDown() throws Exception {
        Path zip = Fixtures.zip(Fixtures.folder("ml-10M100K"), tmp.resolve("archive.zip"), "archive/ml-10M100K/");

        assertSameData(DatasetLoader.load(Fixtures.folder("ml-10M100K")), DatasetLoader.load(zip));
    }

    @Test
    void readsAZipInPlaceWithoutUnpackingIt() throws Exception {
        Path zip = Fixtures.zip("ml-latest-small", tmp);

        DatasetLoader.load(zip);

        assertEquals(List.of(zip), Fixtures.files(tmp));
    }
}
