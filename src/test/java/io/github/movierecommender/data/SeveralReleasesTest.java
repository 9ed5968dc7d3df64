package io.github.movierecommender.data;

import static io.github.movierecommender.data.DatasetAssertions.assertSameData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two releases side by side are never opened by picking one silently: the user is asked. */
public class SeveralReleasesTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderHoldingTwoReleasesNamesBoth() throws Exception {
        Path download = twoReleasesInAFolder(tmp);

        SeveralReleasesException error = assertThrows(SeveralReleasesException.class,
                () -> DatasetLoader.load(download));

        assertEquals(List.of(download.resolve("ml-100k"), download.resolve("ml-latest-small")), error.releases());
        assertEquals(download + " holds 2 releases (ml-100k, ml-latest-small); open one of them, such as "
                + download.resolve("ml-100k"), error.getMessage());
    }

    @Test
    void eachReleaseOfTheFolderOpensByItsOwnPath() throws Exception {
        Path download = twoReleasesInAFolder(tmp);
        List<Path> releases = assertThrows(SeveralReleasesException.class, () -> DatasetLoader.load(download))
                .releases();

        assertSameData(DatasetLoader.load(Fixtures.folder("ml-100k")), DatasetLoader.load(releases.get(0)));
        assertSameData(DatasetLoader.load(Fixtures.folder("ml-latest-small")), DatasetLoader.load(releases.get(1)));
    }

    @Test
    void aZipHoldingTwoReleasesNamesBothAndEachOpensAsZipSlashFolder() throws Exception {
        Path zip = twoReleasesInAZip(tmp);

        SeveralReleasesException error = assertThrows(SeveralReleasesException.class, () -> DatasetLoader.load(zip));

        assertEquals(List.of(zip.resolve("ml-100k"), zip.resolve("ml-latest-small")), error.releases());
        assertEquals(List.of("ml-100k", "ml-latest-small"), error.releases().stream().map(error::nameOf).toList());
        Dataset chosen = DatasetLoader.load(error.releases().get(1));
        assertSameData(DatasetLoader.load(Fixtures.folder("ml-latest-small")), chosen);
        assertEquals(zip.resolve("ml-latest-small").toString(), chosen.source());
    }

    @Test
    void aFolderTheZipDoesNotHoldIsNamed() throws Exception {
        Path zip = twoReleasesInAZip(tmp);

        DatasetException error = assertThrows(DatasetException.class, () -> DatasetLoader.load(zip.resolve("ml-1m")));

        assertEquals(zip + ": holds no folder 'ml-1m/'", error.getMessage());
    }

    /** {@code dir/download} with ml-100k and ml-latest-small inside. */
    public static Path twoReleasesInAFolder(Path dir) throws IOException {
        Path download = Files.createDirectories(dir.resolve("download"));
        Fixtures.copy("ml-latest-small", download);
        Fixtures.copy("ml-100k", download);
        return download;
    }

    /** {@code dir/two.zip} with the folders ml-latest-small/ and ml-100k/. */
    public static Path twoReleasesInAZip(Path dir) throws IOException {
        Path zip = dir.resolve("two.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String release : List.of("ml-latest-small", "ml-100k")) {
                for (Path file : Fixtures.files(Fixtures.folder(release))) {
                    out.putNextEntry(new ZipEntry(release + "/" + file.getFileName()));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
        }
        return zip;
    }
}
