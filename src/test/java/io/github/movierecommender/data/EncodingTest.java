package io.github.movierecommender.data;

import static io.github.movierecommender.data.DatasetAssertions.assertSameData;
import static io.github.movierecommender.data.DatasetAssertions.movie;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingTest {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path tmp;

    @Test
    void decodesUtf8AndLatin1LinesOfOneFileEachByItself() throws Exception {
        Path release = Fixtures.copy("ml-10M100K", tmp);
        Files.write(release.resolve("movies.dat"), "60::Misérables, Les (1995)::Drama\n"
                .getBytes(StandardCharsets.ISO_8859_1), StandardOpenOption.APPEND);

        Dataset dataset = DatasetLoader.load(release);

        assertEquals("The City of Lost Children (La Cité des enfants perdus)", movie(dataset, 20).displayTitle());
        assertEquals("Les Misérables", movie(dataset, 60).displayTitle());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ml-latest-small", "ml-1m", "ml-10M100K", "ml-100k"})
    void readsWindowsLineEndingsLikeUnixOnes(String fixture) throws Exception {
        Path crlf = Fixtures.copy(fixture, tmp, EncodingTest::toCrlf);

        assertSameData(DatasetLoader.load(Fixtures.folder(fixture)), DatasetLoader.load(crlf));
    }

    @Test
    void ignoresAByteOrderMarkAtTheStartOfEachCsvFile() throws Exception {
        Path withMark = Fixtures.copy("ml-latest-small", tmp, EncodingTest::withByteOrderMark);

        assertSameData(DatasetLoader.load(Fixtures.folder("ml-latest-small")), DatasetLoader.load(withMark));
    }

    @ParameterizedTest
    @CsvSource({"ml-1m, movies.dat", "ml-10M100K, movies.dat", "ml-10M100K, tags.dat", "ml-100k, u.item",
        "ml-100k, u.genre"})
    void ignoresAByteOrderMarkAtTheStartOfAHeaderlessCatalogueFile(String fixture, String file) throws Exception {
        Path release = Fixtures.copy(fixture, tmp);
        markFile(release.resolve(file));

        assertSameData(DatasetLoader.load(Fixtures.folder(fixture)), DatasetLoader.load(release));
    }

    @ParameterizedTest
    @CsvSource({"ml-1m, ratings.dat", "ml-10M100K, ratings.dat", "ml-100k, u.data"})
    void ignoresAByteOrderMarkAtTheStartOfAHeaderlessRatingsFile(String fixture, String file) throws Exception {
        Path release = Fixtures.copy(fixture, tmp);
        markFile(release.resolve(file));

        assertSameData(DatasetLoader.load(Fixtures.folder(fixture)), DatasetLoader.load(release));
    }

    private static void markFile(Path file) throws IOException {
        Files.write(file, withByteOrderMark(Files.readAllBytes(file)));
    }

    private static byte[] toCrlf(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 2);
        for (byte b : bytes) {
            if (b == '\n') {
                out.write('\r');
            }
            out.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] withByteOrderMark(byte[] bytes) {
        byte[] marked = new byte[BYTE_ORDER_MARK.length + bytes.length];
        System.arraycopy(BYTE_ORDER_MARK, 0, marked, 0, BYTE_ORDER_MARK.length);
        System.arraycopy(bytes, 0, marked, BYTE_ORDER_MARK.length, bytes.length);
        return marked;
    }
}
