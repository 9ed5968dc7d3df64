package io.github.movierecommender.data;

import static io.github.movierecommender.data.DatasetAssertions.movie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text made to hurt: titles that send a backtracking pattern into quadratic time, fields with
 * control characters or megabytes in them, lines with no end, catalogues that cannot be read.
 */
class HostileTextTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a million spaces", "() 500,000 times", "( 500,000 times", "(1995) 200,000 times"})
    void aMegabyteTitleLoadsInTimeProportionalToItsLength(String kind) throws Exception {
        String title = switch (kind) {
            case "a million spaces" -> "a" + " ".repeat(1_000_000) + "b";
            case "() 500,000 times" -> "()".repeat(500_000);
            case "( 500,000 times" -> "x" + "(".repeat(500_000) + "1)";
            default -> "x " + "(1995)".repeat(200_000);
        };
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.writeString(release.resolve("movies.csv"), "9,\"" + title + "\",Drama\n", StandardOpenOption.APPEND);

        Dataset dataset = assertTimeoutPreemptively(HANG_GUARD, () -> DatasetLoader.load(release));

        assertEquals(title, movie(dataset, 9).title());
    }

    @Test
    void aControlCharacterInABadFieldIsShownEscaped() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.writeString(release.resolve("movies.csv"), "3\u0000,Nul,Drama\n4\u001B[2J,Escape,Drama\n",
                StandardOpenOption.APPEND);

        Dataset dataset = DatasetLoader.load(release);

        List<String> problems = dataset.report().firstBadLines().stream().map(bad -> bad.problem().toString()).toList();
        assertEquals(List.of("movie id '3\\u0000' is not a whole number",
                "movie id '4\\u001B[2J' is not a whole number"), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"movies.csv", "ratings.csv"})
    void aMegabytesLongBadFieldIsQuotedInAFewHundredCharacters(String file) throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        String line = file.equals("movies.csv") ? "x".repeat(3_000_000) + ",Title,Drama"
                : "1,1," + "9".repeat(3_000_000) + ",1100000000";
        Files.writeString(release.resolve(file), line + "\n", StandardOpenOption.APPEND);

        Dataset dataset = DatasetLoader.load(release);

        String problem = dataset.report().firstBadLines().get(0).problem().toString();
        assertTrue(problem.length() < 300, problem);
        String quoted = file.equals("movies.csv") ? "movie id 'xxxxxxxxxx" : "rating '9999999999";
        assertTrue(problem.startsWith(quoted) && problem.contains("… (3000000 characters in all)'"), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"movies.csv", "tags.csv", "ratings.csv"})
    void aLineWithoutEndInAZipBombIsRefusedNamingItsLine(String file) throws Exception {
        Path zip = tmp.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path original : Fixtures.files(Fixtures.folder("ml-latest-small"))) {
                out.putNextEntry(new ZipEntry("bomb/" + original.getFileName()));
                Files.copy(original, out);
                if (original.getFileName().toString().equals(file)) {
                    writeZeros(out, 64 << 20);
                }
                out.closeEntry();
            }
        }
        int linesBefore = Files.readAllLines(Fixtures.folder("ml-latest-small").resolve(file)).size();

        DatasetException error = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(DatasetException.class, () -> DatasetLoader.load(zip)));

        assertEquals("line " + (linesBefore + 1) + " of " + zip + "!/bomb/" + file + " is longer than 4 MB, "
                + "which no MovieLens file has; it is not read further", error.getMessage());
    }

    @Test
    void aMoviesFileWithOnlyItsHeaderIsAStructuralError() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.writeString(release.resolve("movies.csv"), "movieId,title,genres\n");

        DatasetException error = assertThrows(DatasetException.class, () -> DatasetLoader.load(release));

        assertEquals(release.resolve("movies.csv") + ": no movies in the file, only its header", error.getMessage());
    }

    @Test
    void aMoviesFileWithNoSoundLineIsAStructuralError() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.writeString(release.resolve("movies.csv"), "movieId,title,genres\none,Toy Story (1995),Comedy\n");

        DatasetException error = assertThrows(DatasetException.class, () -> DatasetLoader.load(release));

        assertEquals(release.resolve("movies.csv") + ": no valid movies; first problem: "
                + release.resolve("movies.csv") + ", line 2: movie id 'one' is not a whole number", error.getMessage());
    }

    static Stream<Arguments> genreLinesThatLoseAGenre() {
        return Stream.of(
                Arguments.of("Extra", ", line 20: expected 'genre|index' but found 'Extra'"),
                Arguments.of("Extra|20", ": the genre indexes are not 0 to 19 without gaps"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genreLinesThatLoseAGenre")
    void aGenreListThatLosesAGenreIsAStructuralError(String lastLine, String problem) throws Exception {
        Path release = Fixtures.copy("ml-100k", tmp);
        Files.writeString(release.resolve("u.genre"), lastLine + "\n", StandardOpenOption.APPEND);

        DatasetException error = assertThrows(DatasetException.class, () -> DatasetLoader.load(release));

        assertEquals(release.resolve("u.genre") + problem + "; without every genre the movies cannot be read",
                error.getMessage());
    }

    @Test
    void anExtraGenreThatNoMovieLineHasIsAStructuralError() throws Exception {
        Path release = Fixtures.copy("ml-100k", tmp);
        Files.writeString(release.resolve("u.genre"), "Extra|19\n", StandardOpenOption.APPEND);

        DatasetException error = assertThrows(DatasetException.class, () -> DatasetLoader.load(release));

        assertTrue(error.getMessage().startsWith(release.resolve("u.item") + ": no valid movies; first problem: "
                + release.resolve("u.item") + ", line 1: expected 25 fields"), error.getMessage());
    }

    private static void writeZeros(OutputStream out, int bytes) throws IOException {
        byte[] block = "0".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
        for (int written = 0; written < bytes; written += block.length) {
            out.write(block);
        }
    }
}
