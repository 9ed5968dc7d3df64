package io.github.movierecommender.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.movierecommender.data.DatasetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Title search over the real ml-latest-small release, where the build finds it; skipped elsewhere. */
class MovieLensSmallSearchTest {

    private static MovieSearch search;

    @BeforeEach
    void indexTheRelease() throws Exception {
        String property = System.getProperty("movielens.small");
        assumeTrue(property != null, "movielens.small is not set");
        assumeTrue(Files.isDirectory(Path.of(property)), () -> "no ml-latest-small at " + property);
        if (search == null) {
            search = MovieSearch.of(DatasetLoader.load(Path.of(property)));
        }
    }

    private static int first(String query) {
        return search.search(query, 10).get(0).movie().id();
    }

    @Test
    void findsTheThreeTitlesOfTheIssueFirst() {
        assertThat(first("shawshank")).isEqualTo(318);
        assertThat(first("matrix 1999")).isEqualTo(2571);
        assertThat(first("amelie")).isEqualTo(4973);
    }

    @Test
    void findsThemInAnyCaseAccentAndWordOrder() {
        assertThat(first("Amélie")).isEqualTo(4973);
        assertThat(first("1999 MATRIX")).isEqualTo(2571);
        assertThat(first("the shawshank redemption")).isEqualTo(318);
        assertThat(first("redemption shaw")).isEqualTo(318);
    }
}
