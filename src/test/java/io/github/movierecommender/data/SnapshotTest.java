package io.github.movierecommender.data;

import static io.github.movierecommender.data.DatasetAssertions.assertSameData;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.movierecommender.ChildJvm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dataset opened before reopens from its snapshot, identical to a load of its files; a snapshot
 * that is stale, damaged, of another version or cannot be written never fails a load.
 */
class SnapshotTest {

    @TempDir
    Path tmp;

    private Snapshots snapshots() {
        return Snapshots.in(tmp.resolve("snapshots"), Runnable::run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ml-latest-small", "ml-1m", "ml-10M100K", "ml-100k", "duplicates"})
    void aReopenedDatasetIsTheDatasetItsFilesGive(String release) throws Exception {
        Path folder = Fixtures.copy(release, tmp);
        Dataset fromFiles = DatasetLoader.load(folder, LoadMonitor.NONE, snapshots());
        Path snapshot = onlySnapshot();

        Dataset reopened = DatasetLoader.load(folder, LoadMonitor.NONE, snapshots());

        assertIdentical(fromFiles, reopened);
        assertIdentical(DatasetLoader.load(folder), reopened);
        assertTrue(Files.size(snapshot) > 0);
    }

    @Test
    void theRealSmallReleaseReopensIdentical() throws Exception {
        String property = System.getProperty("movielens.small");
        assumeTrue(property != null && Files.isDirectory(Path.of(property)), "no ml-latest-small");
        Path release = Path.of(property);
        Dataset fromFiles = DatasetLoader.load(release, LoadMonitor.NONE, snapshots());

        assertIdentical(fromFiles, DatasetLoader.load(release, LoadMonitor.NONE, snapshots()));
    }

    @Test
    void theSameFilesWriteTheSameSnapshotInEveryRun() throws Exception {
        Path folder = Fixtures.copy("ml-latest-small", tmp);

        assertArrayEquals(snapshotWrittenByAnotherRun(folder, "first"), snapshotWrittenByAnotherRun(folder, "second"));
    }

    /** Each JVM orders the elements of Java's own immutable sets, such as a movie's genres, its own way. */
    private byte[] snapshotWrittenByAnotherRun(Path folder, String name) throws Exception {
        Path out = tmp.resolve(name + ".snapshot");
        Process run = ChildJvm.command(List.of(ChildJvm.BRIEF), SnapshotWriter.class, folder.toString(), out.toString())
                .inheritIO().start();
        assertEquals(0, run.waitFor());
        return Files.readAllBytes(out);
    }

    @Test
    void filesOfTheSameSizeAndTimeAreTakenAsUnchanged() throws Exception {
        Path folder = Fixtures.copy("ml-latest-small", tmp);
        Dataset first = DatasetLoader.load(folder, LoadMonitor.NONE, snapshots());
        rewriteKeepingSizeAndTime(folder.resolve("ratings.csv"), text -> text.replace(",4.0,", ",1.0,"));

        Dataset reopened = DatasetLoader.load(folder, LoadMonitor.NONE, snapshots());

        assertIdentical(first, reopened);
        assertFalse(sameRatings(DatasetLoader.load(folder), reopened), "the files did change");
    }

    @Test
    void aChangedFileIsReadAgainAndTheSnapshotRewritten() throws Exception {
        Path folder = Fixtures.copy("ml-latest-small", tmp);
        DatasetLoader.load(folder, LoadMonitor.NONE, snapshots());
        Path ratings = folder.resolve("ratings.csv");
        Files.writeString(ratings, Files.readString(ratings).replace(",4.0,", ",1.0,"));
        Files.setLastModifiedTime(ratings, FileTime.fromMillis(Files.getLastModifiedTime(ratings).toMillis() + 5000));

        Dataset afterChange = DatasetLoader.load(folder, LoadMonitor.NONE, snapshots());

        assertIdentical(DatasetLoader.load(folder), afterChange);
        rewriteKeepingSizeAndTime(ratings, text -> text.replace(",1.0,", ",2.0,"));
        assertIdentical(afterChange, DatasetLoader.load(folder, LoadMonitor.NONE, snapshots()));
    }

    @Test
    void aNewFileInTheReleaseMakesTheSnapshotStale() throws Exception {
        Path folder = Fixtures.copy("ml-latest-small", tmp);
        Files.move(folder.resolve("tags.csv"), tmp.resolve("tags.csv"));
        Dataset withoutTags = DatasetLoader.load(folder, LoadMonitor.NONE, snapshots());
        Files.move(tmp.resolve("tags.csv"), folder.resolve("tags.csv"));

        Dataset withTags = DatasetLoader.load(folder, LoadMonitor.NONE, snapshots());

        assertEquals(0, withoutTags.tags().count());
        assertNotEquals(0, withTags.tags().count());
        assertIdentical(DatasetLoader.load(folder), withTags);
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "truncated", "header cut", "trailer cut", "version", "magic", "metadata flip",
        "section flip", "last byte flip", "trailer flip", "longer"})
    void aDamagedSnapshotIsIgnoredAndRewritten(String damage) throws Exception {
        Path folder = Fixtures.copy("ml-latest-small", tmp);
        Dataset fromFiles = DatasetLoader.load(folder, LoadMonitor.NONE, snapshots());
        Path snapshot = onlySnapshot();
        byte[] good = Files.readAllBytes(snapshot);
        byte[] damaged = damaged(good, damage);
        Files.write(snapshot, damaged);
        rewriteKeepingSizeAndTime(folder.resolve("ratings.csv"), text -> text.replace(",4.0,", ",1.0,"));

        Dataset loaded = DatasetLoader.load(folder, LoadMonitor.NONE, snapshots());

        assertFalse(sameRatings(fromFiles, loaded), "read from the files, not from the damaged snapshot");
        assertIdentical(DatasetLoader.load(folder), loaded);
        assertEquals(good.length, Files.size(snapshot), "written anew");
        assertIdentical(loaded, DatasetLoader.load(folder, LoadMonitor.NONE, snapshots()));
    }

    private static byte[] damaged(byte[] good, String damage) {
        byte[] bytes = good.clone();
        int metaLength = ByteBuffer.wrap(good, 12, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        switch (damage) {
            case "empty" -> bytes = new byte[0];
            case "truncated" -> bytes = java.util.Arrays.copyOf(good, good.length / 2);
            case "header cut" -> bytes = java.util.Arrays.copyOf(good, 10);
            case "trailer cut" -> bytes = java.util.Arrays.copyOf(good, good.length - 1);
            case "version" -> ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(8, DatasetSnapshot.FORMAT_VERSION + 1);
            case "magic" -> bytes[0] ^= 1;
            case "metadata flip" -> bytes[DatasetSnapshot.HEADER_BYTES + metaLength / 2] ^= 0x10;
            case "section flip" -> bytes[DatasetSnapshot.HEADER_BYTES + metaLength + (good.length - metaLength) / 2] ^= 0x01;
            case "last byte flip" -> bytes[good.length - 60] ^= (byte) 0x80;
            case "trailer flip" -> bytes[good.length - 12] ^= 0x04;
            case "longer" -> bytes = java.util.Arrays.copyOf(good, good.length + 7);
            default -> throw new IllegalArgumentException(damage);
        }
        return bytes;
    }

    @Test
    void everyBlockOfEverySectionIsCheckedWhereverItIsDamaged() throws Exception {
        Path folder = Fixtures.copy("ml-latest-small", tmp);
        Dataset fromFiles = DatasetLoader.load(folder, LoadMonitor.NONE, snapshots());
        Path snapshot = onlySnapshot();
        DatasetSnapshot.Origin origin = DatasetFiles.open(folder, Layout.KEY_FILES).origin();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        DatasetSnapshot.write(fromFiles, origin, written, 4096);
        byte[] smallBlocks = written.toByteArray();
        Files.write(snapshot, smallBlocks);
        assertIdentical(fromFiles, DatasetSnapshot.read(snapshot, origin, fromFiles.source()));
        int metaLength = ByteBuffer.wrap(smallBlocks, 12, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        int sectionsStart = DatasetSnapshot.HEADER_BYTES + metaLength;

        for (int at = sectionsStart; at < smallBlocks.length; at += 4093) {
            byte[] damaged = smallBlocks.clone();
            damaged[at] ^= 0x02;
            Files.write(snapshot, damaged);
            assertNull(DatasetSnapshot.read(snapshot, origin, fromFiles.source()), "byte " + at + " flipped");
        }
        assertIdentical(fromFiles, DatasetLoader.load(folder, LoadMonitor.NONE, snapshots()));
        assertIdentical(fromFiles, DatasetSnapshot.read(snapshot, origin, fromFiles.source()));
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyMeansNoSnapshot() throws Exception {
        Path folder = Fixtures.copy("ml-latest-small", tmp);
        Path inTheWay = Files.writeString(tmp.resolve("in-the-way"), "a file, not a folder");
        Snapshots unwritable = Snapshots.in(inTheWay.resolve("snapshots"), Runnable::run);

        Dataset first = DatasetLoader.load(folder, LoadMonitor.NONE, unwritable);
        Dataset second = DatasetLoader.load(folder, LoadMonitor.NONE, unwritable);

        assertIdentical(DatasetLoader.load(folder), first);
        assertIdentical(first, second);
    }

    @Test
    void aZipReopensFromItsSnapshot() throws Exception {
        Path zip = Fixtures.zip("ml-latest-small", tmp);
        Dataset fromZip = DatasetLoader.load(zip, LoadMonitor.NONE, snapshots());
        onlySnapshot();

        Dataset reopened = DatasetLoader.load(zip, LoadMonitor.NONE, snapshots());

        assertIdentical(fromZip, reopened);
        assertEquals(zip.toString(), reopened.source());
    }

    @Test
    void aLoadThatSkippedLinesKeepsNoSnapshotSoItsReportStaysWhole() throws Exception {
        Path folder = Fixtures.copy("bad-ratings-csv", tmp);
        Dataset first = DatasetLoader.load(folder, LoadMonitor.NONE, snapshots());
        Dataset second = DatasetLoader.load(folder, LoadMonitor.NONE, snapshots());

        assertTrue(first.report().skippedLines() > 0);
        assertEquals(first.report().firstBadLines(), second.report().firstBadLines());
        assertFalse(Files.exists(tmp.resolve("snapshots")) && snapshotFiles().size() > 0);
    }

    @Test
    void clearingDeletesSnapshotsAndLeftOverTemporaryFilesOnly() throws Exception {
        Path folder = Fixtures.copy("ml-latest-small", tmp);
        DatasetLoader.load(folder, LoadMonitor.NONE, snapshots());
        Path leftOver = Files.writeString(onlySnapshot().resolveSibling(
                "." + onlySnapshot().getFileName() + ".k3j4.tmp"), "cut short");
        Path other = Files.writeString(tmp.resolve("snapshots").resolve("notes.txt"), "not ours");

        snapshots().clear();

        assertEquals(List.of(other), snapshotFiles());
        assertFalse(Files.exists(leftOver));
        Snapshots.in(tmp.resolve("no such folder"), Runnable::run).clear();
    }

    @Test
    void aCancelledLoadIsCancelledEvenFromASnapshot() throws Exception {
        Path folder = Fixtures.copy("ml-latest-small", tmp);
        DatasetLoader.load(folder, LoadMonitor.NONE, snapshots());
        LoadMonitor cancelled = new LoadMonitor() {
            @Override
            public void progress(long rowsRead, double fractionOfBytes) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThrows(LoadCancelledException.class, () -> DatasetLoader.load(folder, cancelled, snapshots()));
    }

    private Path onlySnapshot() throws IOException {
        List<Path> files = snapshotFiles();
        assertEquals(1, files.size(), "one snapshot: " + files);
        return files.get(0);
    }

    private List<Path> snapshotFiles() throws IOException {
        try (var files = Files.list(tmp.resolve("snapshots"))) {
            return files.sorted().toList();
        }
    }

    private static void rewriteKeepingSizeAndTime(Path file, UnaryOperator<String> change) throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        String changed = change.apply(text);
        assertEquals(text.length(), changed.length());
        assertNotEquals(text, changed);
        Files.writeString(file, changed);
        Files.setLastModifiedTime(file, time);
    }

    private static boolean sameRatings(Dataset one, Dataset other) {
        int size = one.ratings().size();
        if (size != other.ratings().size()) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (one.ratings().userHalfStarsAt(i) != other.ratings().userHalfStarsAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Every array, every lookup and the report's counts are the same. */
    static void assertIdentical(Dataset expected, Dataset actual) {
        assertSameData(expected, actual);
        assertEquals(expected.source(), actual.source());
        Ratings want = expected.ratings();
        Ratings got = actual.ratings();
        assertArrayEquals(want.userOffsets(), got.userOffsets());
        assertEquals(want.size(), got.size());
        assertArrayEquals(Arrays.copyOf(want.userMovies(), want.size()), Arrays.copyOf(got.userMovies(), got.size()));
        assertArrayEquals(Arrays.copyOf(want.userHalfStars(), want.size()),
                Arrays.copyOf(got.userHalfStars(), got.size()));
        assertArrayEquals(Arrays.copyOf(want.userTimes(), want.size()), Arrays.copyOf(got.userTimes(), got.size()));
        assertArrayEquals(want.movieOffsets(), got.movieOffsets());
        assertArrayEquals(want.movieUsers(), got.movieUsers());
        assertArrayEquals(want.movieHalfStars(), got.movieHalfStars());
        assertArrayEquals(want.users().ids(), got.users().ids());
        for (int id = -1; id <= want.users().idAt(want.userCount() - 1) + 1; id++) {
            assertEquals(want.users().indexOf(id), got.users().indexOf(id));
        }
        for (int m = 0; m < expected.movies().size(); m++) {
            Movie movie = expected.movies().at(m);
            assertEquals(movie, actual.movies().at(m));
            assertEquals(m, actual.movies().indexOf(movie.id()));
            assertEquals(expected.tags().of(m), actual.tags().of(m));
        }
        assertArrayEquals(expected.tags().offsets(), actual.tags().offsets());
        assertArrayEquals(expected.tags().tagNumbers(), actual.tags().tagNumbers());
        assertArrayEquals(expected.tags().dictionary(), actual.tags().dictionary());
        assertEquals(expected.tags().count(), actual.tags().count());
        LoadReport want2 = expected.report();
        LoadReport got2 = actual.report();
        assertEquals(want2.duplicateRatings(), got2.duplicateRatings());
        assertEquals(want2.placeholderMovies(), got2.placeholderMovies());
        assertEquals(want2.ratingsOfPlaceholderMovies(), got2.ratingsOfPlaceholderMovies());
        assertEquals(want2.skippedLines(), got2.skippedLines());
        assertEquals(want2.warnings(), got2.warnings());
    }
}
