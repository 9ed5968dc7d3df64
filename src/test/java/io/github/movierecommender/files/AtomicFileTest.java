package io.github.movierecommender.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path tmp;

    @Test
    void replaceMovesTheNewFileOntoTheOldOne() throws IOException {
        Path target = Files.writeString(tmp.resolve("cache.bin"), "old");
        Path source = Files.writeString(tmp.resolve(".cache.bin.1-x.tmp"), "new");

        AtomicFile.replace(source, target);

        assertThat(target).hasContent("new");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aWriteReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.writeString(tmp.resolve("settings.properties"), "old");

        AtomicFile.write(target, "new");

        assertThat(target).hasContent("new");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(target);
        }
    }
}
