package io.github.movierecommender.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatingsFilesTest {

    @TempDir
    Path tmp;

    @Test
    void theRatingsFileOfEachLayoutIsFoundInTheFolder() throws IOException {
        for (String name : new String[] {"ratings.csv", "ratings.dat", "u.data"}) {
            Path release = Files.createDirectories(tmp.resolve("release-" + name));
            Path ratings = Files.writeString(release.resolve(name), "1,1,4.0,0\n");

            assertThat(RatingsFiles.inFolder(release)).as(name).contains(ratings);
        }
    }

    @Test
    void aReleaseOneFolderDownIsFoundTheFirstByName() throws IOException {
        Files.createDirectories(tmp.resolve("a-notes"));
        Path first = Files.writeString(Files.createDirectories(tmp.resolve("ml-1m")).resolve("ratings.dat"), "");
        Files.writeString(Files.createDirectories(tmp.resolve("ml-32m")).resolve("ratings.csv"), "");

        assertThat(RatingsFiles.inFolder(tmp)).contains(first);
    }

    @Test
    void noRatingsFileIsNone() throws IOException {
        Files.createDirectories(tmp.resolve("empty").resolve("deeper").resolve("ml-32m"));
        Files.writeString(tmp.resolve("empty").resolve("deeper").resolve("ml-32m").resolve("ratings.csv"), "");

        assertThat(RatingsFiles.inFolder(tmp.resolve("empty"))).as("two folders down").isEmpty();
        assertThat(RatingsFiles.inFolder(tmp.resolve("absent"))).isEmpty();
        assertThat(RatingsFiles.inFolder(Files.writeString(tmp.resolve("ratings.csv"), ""))).as("a file").isEmpty();
    }
}
