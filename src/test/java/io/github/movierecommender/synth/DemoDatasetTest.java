package io.github.movierecommender.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDatasetTest {

    static final Path COMMITTED = Path.of("data", "demo");

    @Test
    void theCommittedDemoIsExactlyWhatTheGeneratorWrites(@TempDir Path folder) throws IOException {
        new DemoDataset(DemoDataset.DEFAULT_SEED).writeTo(folder);

        for (String name : DemoDataset.FILES) {
            assertThat(folder.resolve(name))
                    .as("data/demo/%s has drifted from DemoDataset: regenerate it with "
                            + "`java -jar target/movie-recommender.jar demo --out data/demo`", name)
                    .hasSameBinaryContentAs(COMMITTED.resolve(name));
        }
    }

    @Test
    void anotherSeedRatesTheSameFilmsDifferentlyAndTheReadmeSaysHowToGetItAgain(@TempDir Path folder)
            throws IOException {
        DemoDataset.Summary summary = new DemoDataset(7).writeTo(folder);

        assertThat(folder.resolve("movies.csv")).hasSameBinaryContentAs(COMMITTED.resolve("movies.csv"));
        assertThat(Files.readString(folder.resolve("ratings.csv")))
                .isNotEqualTo(Files.readString(COMMITTED.resolve("ratings.csv")));
        assertThat(summary.users()).isEqualTo(DemoDataset.USERS);
        String readme = Files.readString(folder.resolve("README.txt"));
        assertThat(readme).startsWith(DemoDataset.README_TITLE + "\n")
                .contains("with seed 7.", "demo --out data/demo --seed 7\n", summary.ratings() + " ratings by 250 users")
                .contains("holds nothing from any MovieLens release");
    }

    @Test
    void theFilmListHasAboutThreeHundredDatedFilmsCoveringEveryMovieLensGenre() {
        List<DemoFilm> films = new DemoDataset(DemoDataset.DEFAULT_SEED).films();

        assertThat(films).hasSizeBetween(280, 340);
        assertThat(films).extracting(DemoFilm::movieId)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, films.size()).boxed().toList());
        assertThat(films).allSatisfy(film -> assertThat(film.title()).matches(".+ \\((19|20)\\d\\d\\)"));
        Set<String> titles = new HashSet<>();
        assertThat(films).allSatisfy(film -> assertThat(titles.add(film.title())).as(film.title()).isTrue());
        for (String genre : DemoFilm.GENRES) {
            assertThat(films.stream().filter(film -> film.genres().contains(genre)).count()).as(genre)
                    .isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void everyUserLikesAFewGenresOfOneKindAndDislikesOthers() {
        List<DemoUser> users = new DemoDataset(DemoDataset.DEFAULT_SEED).users();

        assertThat(users).hasSize(DemoDataset.USERS);
        assertThat(users).allSatisfy(user -> {
            assertThat(user.liked()).hasSizeBetween(2, 3).doesNotContain("IMAX");
            assertThat(user.disliked()).hasSizeBetween(1, 3).doesNotContainAnyElementsOf(user.liked());
            assertThat(user.ratingCount()).isBetween(15, 150);
        });
    }
}
