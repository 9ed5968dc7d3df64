package io.github.movierecommender.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Md5ChecksumTest {

    private static final String HASH = "0123456789abcdef0123456789abcdef";

    @ParameterizedTest
    @ValueSource(strings = {
        "0123456789abcdef0123456789abcdef",
        "0123456789ABCDEF0123456789ABCDEF\n",
        "0123456789abcdef0123456789abcdef  ml-latest-small.zip\n",
        "0123456789abcdef0123456789abcdef *ml-latest-small.zip",
        "MD5 (ml-latest-small.zip) = 0123456789abcdef0123456789abcdef\n",
        "md5 (ml-latest-small.zip) = 0123456789ABCDEF0123456789abcdef",
        "\uFEFF  0123456789abcdef0123456789abcdef  \r\n"})
    void readsTheUsualFormatsInAnyCase(String published) {
        assertEquals(Optional.of(HASH), Md5Checksum.parse(published, "ml-latest-small.zip"));
    }

    @Test
    void takesTheLineThatNamesTheZipWhenThereAreSeveral() {
        String published = """
                ffffffffffffffffffffffffffffffff  ml-latest.zip
                0123456789abcdef0123456789abcdef  ml-latest-small.zip
                """;

        assertEquals(Optional.of(HASH), Md5Checksum.parse(published, "ml-latest-small.zip"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html>Not Found</html>", "0123456789abcdef0123456789abcde",
        "0123456789abcdef0123456789abcdef0", "0123456789abcdef0123456789abcdeg"})
    void findsNothingInTextThatHoldsNoChecksum(String published) {
        assertEquals(Optional.empty(), Md5Checksum.parse(published, "ml-latest-small.zip"));
    }
}
