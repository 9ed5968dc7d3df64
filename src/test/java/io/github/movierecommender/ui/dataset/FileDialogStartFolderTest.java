package io.github.movierecommender.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder and zip dialogs open beside the last dataset opened. */
class FileDialogStartFolderTest {

    @TempDir
    Path tmp;

    @Test
    void besideAReleaseFolderOrZip() throws Exception {
        Path downloads = Files.createDirectories(tmp.resolve("downloads"));
        Path release = Files.createDirectories(downloads.resolve("ml-latest-small"));
        Path zip = Files.createFile(downloads.resolve("ml-1m.zip"));

        assertThat(FileDialogDatasetChooser.folderAround(release)).contains(downloads);
        assertThat(FileDialogDatasetChooser.folderAround(zip)).contains(downloads);
    }

    @Test
    void besideTheZipOfAReleaseInsideOne() throws Exception {
        Path downloads = Files.createDirectories(tmp.resolve("downloads"));
        Files.createFile(downloads.resolve("two.zip"));

        assertThat(FileDialogDatasetChooser.folderAround(downloads.resolve("two.zip").resolve("ml-100k")))
                .contains(downloads);
    }

    @Test
    void theNearestFolderStillThereWhenTheDatasetWasMoved() {
        assertThat(FileDialogDatasetChooser.folderAround(tmp.resolve("gone").resolve("ml-25m"))).contains(tmp);
    }
}
