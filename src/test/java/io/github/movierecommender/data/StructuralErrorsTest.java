package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StructuralErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void aMissingSourceIsNamed() {
        Path nowhere = tmp.resolve("ml-nowhere");

        assertFailsMentioning(nowhere, nowhere.toString(), "no such file or folder");
    }

    @Test
    void anUnknownFolderListsWhatWasExpected() {
        Path folder = Fixtures.folder("not-movielens");

        assertFailsMentioning(folder, folder.toString(), "not a MovieLens release",
                "ratings.csv", "movies.csv", "ratings.dat", "movies.dat", "u.data", "u.item");
    }

    @Test
    void aFolderWithoutARatingsFileIsNotARelease() {
        Path folder = Fixtures.folder("no-ratings");

        assertFailsMentioning(folder, folder.toString(), "not a MovieLens release", "ratings.csv");
    }

    @Test
    void ratingsWithoutAMoviesFileAreRefused() {
        Path folder = Fixtures.folder("no-movies");

        assertFailsMentioning(folder, folder.toString(), "ratings.csv", "no movies.csv");
    }

    @Test
    void aWrongRatingsHeaderNamesTheFileAndWhatWasFound() {
        Path folder = Fixtures.folder("wrong-header");

        assertFailsMentioning(folder, folder.resolve("ratings.csv").toString(), "line 1",
                "expected the header 'userId,movieId,rating,timestamp'", "found 'user,movie,stars,time'");
    }

    @Test
    void aWrongMoviesHeaderNamesTheFileAndWhatWasFound() {
        Path folder = Fixtures.folder("wrong-movies-header");

        assertFailsMentioning(folder, folder.resolve("movies.csv").toString(), "line 1",
                "expected the header 'movieId,title,genres'", "found 'id;title;genres'");
    }

    @Test
    void anEmptyRatingsFileIsNamed() {
        Path folder = Fixtures.folder("empty-ratings");

        assertFailsMentioning(folder, folder.resolve("ratings.csv").toString(), "empty");
    }

    @Test
    void aRatingsFileWithOnlyItsHeaderIsNamed() throws IOException {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.writeString(release.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n");

        assertFailsMentioning(release, release.resolve("ratings.csv").toString(), "header but no ratings");
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
        "ml-latest-small, ratings.csv", "ml-latest-small, movies.csv", "ml-latest-small, links.csv",
        "ml-latest-small, tags.csv",
        "ml-1m, ratings.dat", "ml-1m, movies.dat",
        "ml-10M100K, ratings.dat", "ml-10M100K, movies.dat", "ml-10M100K, tags.dat",
        "ml-100k, u.data", "ml-100k, u.item", "ml-100k, u.genre"})
    void anyEmptyFileIsNamed(String fixture, String file) throws IOException {
        Path release = Fixtures.copy(fixture, tmp);
        Files.write(release.resolve(file), new byte[0]);

        assertFailsMentioning(release, release.resolve(file).toString(), "empty");
    }

    @Test
    void ratingsWithNoValidLineNameTheFirstProblem() {
        Path folder = Fixtures.folder("no-valid-ratings");

        assertFailsMentioning(folder, folder.resolve("ratings.csv").toString(), "no valid ratings",
                "line 2", "outside the scale");
    }

    @Test
    void aTruncatedZipIsNamed() throws IOException {
        Path zip = Fixtures.zip("ml-latest-small", tmp);
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, Arrays.copyOf(bytes, bytes.length / 2));

        assertFailsMentioning(zip, zip.toString(), "not a readable zip file");
    }

    @Test
    void aFileThatIsNoZipIsNamed() throws IOException {
        Path zip = tmp.resolve("ml-latest-small.zip");
        Files.writeString(zip, "userId,movieId,rating,timestamp\n1,1,4.0,1100000000\n");

        assertFailsMentioning(zip, zip.toString(), "not a readable zip file");
    }

    @Test
    void anEmptyZipFileIsNamed() throws IOException {
        Path zip = Files.write(tmp.resolve("ml-latest-small.zip"), new byte[0]);

        assertFailsMentioning(zip, zip.toString(), "not a readable zip file");
    }

    @Test
    void aZipWithoutAReleaseListsWhatWasExpected() throws IOException {
        Path zip = Fixtures.zip("not-movielens", tmp);

        assertFailsMentioning(zip, zip.toString(), "not a MovieLens release", "ratings.csv", "u.data");
    }

    @Test
    void aDamagedEntryInAZipNamesTheEntry() throws IOException {
        Path zip = Fixtures.zip("ml-latest-small", tmp);
        damageEntry(zip, "ml-latest-small/ratings.csv");

        assertFailsMentioning(zip, zip + "!/ml-latest-small/ratings.csv", "cannot be read");
    }

    @Test
    void aWrongHeaderInAZipNamesTheEntry() throws IOException {
        Path zip = Fixtures.zip("wrong-header", tmp);

        assertFailsMentioning(zip, zip + "!/wrong-header/ratings.csv", "expected the header");
    }

    /** Overwrites the start of an entry's compressed data, so that inflating it fails. */
    private static void damageEntry(Path zip, String entryName) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] name = entryName.getBytes(StandardCharsets.US_ASCII);
        int nameAt = indexOf(bytes, name);
        int header = nameAt - 30;
        int extraLength = (bytes[header + 28] & 0xFF) | (bytes[header + 29] & 0xFF) << 8;
        int data = nameAt + name.length + extraLength;
        Arrays.fill(bytes, data, data + 8, (byte) 0xFF);
        Files.write(zip, bytes);
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        throw new AssertionError("not in the zip: " + new String(wanted, StandardCharsets.US_ASCII));
    }

    private static void assertFailsMentioning(Path source, String... parts) {
        DatasetException failure = assertThrows(DatasetException.class, () -> DatasetLoader.load(source));
        for (String part : parts) {
            assertTrue(failure.getMessage().contains(part),
                    () -> "'" + failure.getMessage() + "' should mention '" + part + "'");
        }
    }
}
