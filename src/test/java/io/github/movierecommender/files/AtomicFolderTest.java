package io.github.movierecommender.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFolderTest {

    @TempDir
    Path parent;

    @Test
    void aNewFolderAppearsWithAllItsFiles() throws IOException {
        Path target = parent.resolve("release");

        String written = AtomicFolder.write(target, folder -> {
            Files.writeString(folder.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n");
            Files.writeString(folder.resolve("movies.csv"), "movieId,title,genres\n");
            return "two files";
        });

        assertThat(written).isEqualTo("two files");
        assertThat(target.resolve("ratings.csv")).hasContent("userId,movieId,rating,timestamp");
        assertThat(target.resolve("movies.csv")).hasContent("movieId,title,genres");
        assertThat(parent.toFile().list()).containsExactly("release");
    }

    @Test
    void aFailedWriteLeavesNoFolderAndNoTemporaryFolder() {
        Path target = parent.resolve("release");

        assertThatThrownBy(() -> AtomicFolder.write(target, folder -> {
            Files.writeString(folder.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,1,");
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");

        assertThat(parent.toFile().list()).isEmpty();
    }

    @Test
    void aFailedWriteIntoAnExistingFolderLeavesItsFilesAsTheyWere() throws IOException {
        Path target = Files.createDirectory(parent.resolve("release"));
        Files.writeString(target.resolve("ratings.csv"), "the old ratings");

        assertThatThrownBy(() -> AtomicFolder.write(target, folder -> {
            Files.writeString(folder.resolve("ratings.csv"), "half of the new");
            throw new IllegalStateException("interrupted");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(target.resolve("ratings.csv")).hasContent("the old ratings");
        assertThat(parent.toFile().list()).containsExactly("release");
    }

    @Test
    void writingIntoAnExistingFolderReplacesItsNamesakesAndKeepsTheOtherFiles() throws IOException {
        Path target = Files.createDirectory(parent.resolve("release"));
        Files.writeString(target.resolve("ratings.csv"), "the old ratings");
        Files.writeString(target.resolve("notes.txt"), "mine");

        AtomicFolder.write(target, folder -> Files.writeString(folder.resolve("ratings.csv"), "the new ratings"));

        assertThat(target.resolve("ratings.csv")).hasContent("the new ratings");
        assertThat(target.resolve("notes.txt")).hasContent("mine");
        assertThat(parent.toFile().list()).containsExactly("release");
    }
}
