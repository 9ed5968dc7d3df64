package io.github.movierecommender.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PathLabelsTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void theHomeFolderIsWrittenAsATilde() {
        assertThat(PathLabels.abbreviate(Path.of("/home/ana/movielens/ml-latest-small"), HOME, 48))
                .isEqualTo("~/movielens/ml-latest-small");
    }

    @Test
    void aShortPathOutsideHomeStaysWhole() {
        assertThat(PathLabels.abbreviate(Path.of("/data/ml-1m.zip"), HOME, 48)).isEqualTo("/data/ml-1m.zip");
    }

    @Test
    void aLongPathKeepsItsStartAndAsManyLastNamesAsFit() {
        Path path = Path.of("/home/ana/.local/share/movie-recommender/releases/2024/ml-latest-small");

        assertThat(PathLabels.abbreviate(path, HOME, 40)).isEqualTo("~/…/releases/2024/ml-latest-small");
        assertThat(PathLabels.abbreviate(path, HOME, 20)).isEqualTo("~/…/ml-latest-small");
    }

    @Test
    void theLastNameIsKeptEvenWhenItAloneIsTooLong() {
        Path path = Path.of("/mnt/archive/a-very-long-release-folder-name-indeed");

        assertThat(PathLabels.abbreviate(path, HOME, 10)).isEqualTo("/…/a-very-long-release-folder-name-indeed");
    }
}
