package io.github.movierecommender.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetDropTest {

    @TempDir
    Path tmp;

    @Test
    void oneFolderIsADataset() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("ml-latest-small"));

        assertThat(DatasetDrop.dataset(List.of(folder.toFile()))).contains(folder);
    }

    @Test
    void oneZipIsADatasetWhateverTheCaseOfItsExtension() throws Exception {
        Path zip = Files.writeString(tmp.resolve("ML-1M.ZIP"), "zip");

        assertThat(DatasetDrop.dataset(List.of(zip.toFile()))).contains(zip);
    }

    @Test
    void anyOtherDropIsRefused() throws Exception {
        File ratings = Files.writeString(tmp.resolve("ratings.csv"), "userId").toFile();
        File first = Files.createDirectories(tmp.resolve("first")).toFile();
        File second = Files.createDirectories(tmp.resolve("second")).toFile();
        File missingZip = tmp.resolve("gone.zip").toFile();

        assertThat(DatasetDrop.dataset(List.of(ratings))).isEmpty();
        assertThat(DatasetDrop.dataset(List.of(first, second))).isEmpty();
        assertThat(DatasetDrop.dataset(List.of(missingZip))).isEmpty();
        assertThat(DatasetDrop.dataset(List.of())).isEmpty();
    }
}
