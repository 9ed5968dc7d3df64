package io.github.movierecommender.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReleaseNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"ml-latest-small", "ml-10M100K", "ml-1m", "ml_32m.v2", "console"})
    void acceptsTheNamesOfMovieLensReleases(String name) {
        assertEquals(Optional.empty(), ReleaseName.problem(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", ".", ".hidden", "end.", "a/b", "a\\b", "C:", "two words", "tab\there",
        "Amélie", "nul", "NUL.txt", "com1", "lpt9.csv"})
    void refusesAnythingThatIsNotAPlainName(String name) {
        assertTrue(ReleaseName.problem(name).isPresent(), name);
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 65})
    void refusesNamesLongerThanSixtyFourCharacters(int length) {
        assertEquals(length > 64, ReleaseName.problem("m".repeat(length)).isPresent());
    }
}
