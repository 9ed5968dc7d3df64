package io.github.movierecommender.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntryPathTest {

    @Test
    void splitsANameIntoFolderNames() {
        assertEquals(Optional.of(List.of("ml-latest-small", "ratings.csv")),
                EntryPath.parts("ml-latest-small/ratings.csv"));
        assertEquals(Optional.of(List.of("ml-latest-small", "ratings.csv")),
                EntryPath.parts("./ml-latest-small//ratings.csv"));
        assertEquals(Optional.of(List.of("ml-latest-small", "ratings.csv")),
                EntryPath.parts("ml-latest-small\\ratings.csv"));
        assertEquals(Optional.of(List.of("ml-latest-small")), EntryPath.parts("ml-latest-small/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "a/../../evil", "a/..", "..\\evil", "a\\..\\..\\evil", "/etc/evil",
        "\\evil", "C:evil", "c:\\evil", "D:/evil", "a\0b"})
    void refusesANameThatCouldReachOutside(String name) {
        assertEquals(Optional.empty(), EntryPath.parts(name));
    }
}
