package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files that are not plain readable files: named pipes (which would block forever), folders in a
 * file's place, and files the user may not read.
 */
class HostileFilesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aNamedPipeGivenAsTheDatasetIsRefusedWithoutWaitingForIt() throws Exception {
        Path pipe = mkfifo(tmp.resolve("ratings.zip"));

        DatasetException error = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(DatasetException.class, () -> DatasetLoader.load(pipe)));
        assertEquals(pipe + ": not a folder or a zip file but a named pipe, device or socket, so it is not opened",
                error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ratings.csv", "movies.csv"})
    @DisabledOnOs(OS.WINDOWS)
    void aNamedPipeInPlaceOfANeededFileIsRefusedNamingIt(String file) throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.delete(release.resolve(file));
        mkfifo(release.resolve(file));

        DatasetException error = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(DatasetException.class, () -> DatasetLoader.load(release)));
        assertEquals(release.resolve(file) + ": cannot be read (not a regular file but a named pipe, device or socket)",
                error.getMessage());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aNamedPipeInPlaceOfTheTagsIsLeftOutWithAWarning() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.delete(release.resolve("tags.csv"));
        mkfifo(release.resolve("tags.csv"));

        Dataset dataset = assertTimeoutPreemptively(HANG_GUARD, () -> DatasetLoader.load(release));

        assertEquals(List.of(release.resolve("tags.csv") + ": cannot be read (not a regular file but a named pipe, "
                + "device or socket); it is left out"),
                dataset.report().warnings().stream().map(Object::toString).toList());
        assertEquals(0, dataset.tags().count());
        assertEquals(11, dataset.ratings().size());
    }

    @Test
    void aFolderInPlaceOfTheMoviesIsRefusedNamingIt() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.delete(release.resolve("movies.csv"));
        Files.createDirectory(release.resolve("movies.csv"));

        DatasetException error = assertThrows(DatasetException.class, () -> DatasetLoader.load(release));

        assertEquals(release.resolve("movies.csv") + ": cannot be read (not a regular file but a folder)",
                error.getMessage());
    }

    @Test
    void aNeededFileWithoutPermissionSaysPermissionDenied() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Map<String, MisbehavingFiles.Opening> denied = Map.of("ratings.csv", () -> {
            throw new AccessDeniedException(release.resolve("ratings.csv").toString());
        });

        DatasetException error = assertThrows(DatasetException.class,
                () -> MisbehavingFiles.load(release, denied, LoadMonitor.NONE));

        assertEquals(release.resolve("ratings.csv") + ": cannot be read (permission denied)", error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tags.csv", "links.csv"})
    void anOptionalFileWithoutPermissionIsAWarningAndTheLoadGoesOn(String file) throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Map<String, MisbehavingFiles.Opening> denied = Map.of(file, () -> {
            throw new AccessDeniedException(release.resolve(file).toString());
        });

        Dataset dataset = MisbehavingFiles.load(release, denied, LoadMonitor.NONE);

        assertEquals(List.of(release.resolve(file) + ": cannot be read (permission denied); it is left out"),
                dataset.report().warnings().stream().map(Object::toString).toList());
        assertEquals(11, dataset.ratings().size());
        assertFalse(dataset.report().isClean());
    }

    /** The same with real file permissions; root may read anything, so this runs only for other users. */
    @Test
    void aRealUnreadableTagsFileIsAWarning() throws Exception {
        assumeTrue(Files.getFileStore(tmp).supportsFileAttributeView("posix"), "POSIX permissions");
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads files whatever their permissions");
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.setPosixFilePermissions(release.resolve("tags.csv"), PosixFilePermissions.fromString("---------"));

        Dataset dataset = DatasetLoader.load(release);

        assertEquals(List.of(release.resolve("tags.csv") + ": cannot be read (permission denied); it is left out"),
                dataset.report().warnings().stream().map(Object::toString).toList());
    }

    private static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assertEquals(0, mkfifo.waitFor(), () -> "mkfifo failed");
        return path;
    }
}
