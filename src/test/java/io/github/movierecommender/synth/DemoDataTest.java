package io.github.movierecommender.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.data.Movie;
import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.files.OwnedFolders;
import io.github.movierecommender.files.FolderInTheWayException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {

    @TempDir
    static Path folder;

    static Path release;
    static Dataset demo;

    @BeforeAll
    static void extractAndLoad() throws Exception {
        release = DemoData.extractTo(folder);
        demo = DatasetLoader.load(release);
    }

    @Test
    void extractsThePackedDemoIntoItsReleaseFolderByteForByte() {
        assertThat(release).isEqualTo(folder.resolve(DemoData.RELEASE_FOLDER));
        for (String name : DemoDataset.FILES) {
            assertThat(release.resolve(name)).hasSameBinaryContentAs(DemoDatasetTest.COMMITTED.resolve(name));
        }
    }

    @Test
    void loadsAsACleanMlLatestReleaseOf250UsersAndEveryFilm() throws IOException {
        List<String> ratingLines = Files.readAllLines(release.resolve("ratings.csv"));
        List<String> tagLines = Files.readAllLines(release.resolve("tags.csv"));

        assertThat(demo.format()).isEqualTo("ml-latest");
        assertThat(demo.ratings().userCount()).isEqualTo(DemoDataset.USERS);
        assertThat(demo.movies().size()).isEqualTo(new DemoDataset(DemoDataset.DEFAULT_SEED).films().size());
        assertThat(demo.ratings().size()).isEqualTo(ratingLines.size() - 1);
        assertThat(demo.summary().tags()).isEqualTo(tagLines.size() - 1).isBetween(20L, 150L);
        assertThat(demo.report().skippedLines()).isZero();
        assertThat(demo.report().duplicateRatings()).isZero();
        assertThat(demo.report().placeholderMovies()).isZero();
    }

    @Test
    void titlesWithCommasAndAccentsReadBackWhole() {
        assertThat(demo.movies().all()).extracting(Movie::title).contains(
                "Good, the Bad and the Ugly, The (Buono, il brutto, il cattivo, Il) (1966)",
                "Amélie (Fabuleux destin d'Amélie Poulain, Le) (2001)",
                "Three Billboards Outside Ebbing, Missouri (2017)");
        assertThat(demo.movies().all()).allSatisfy(movie -> assertThat(movie.hasYear()).isTrue());
    }

    @Test
    void eachUserRates15To150FilmsInHalfStarsOverAFewYears() {
        Ratings ratings = demo.ratings();
        for (int u = 0; u < ratings.userCount(); u++) {
            assertThat(ratings.userRatingCount(u)).isBetween(15, 150);
        }
        Instant first = Instant.parse("2015-01-01T00:00:00Z");
        Instant end = Instant.parse("2020-01-01T00:00:00Z");
        for (int i = 0; i < ratings.size(); i++) {
            assertThat(ratings.userHalfStarsAt(i)).isBetween(1, 10);
            assertThat(Instant.ofEpochSecond(ratings.userTimeAt(i))).isBetween(first, end);
        }
        assertThat(demo.summary().minRating()).isEqualTo(0.5);
        assertThat(demo.summary().maxRating()).isEqualTo(5.0);
    }

    @Test
    void ratingsAreSortedByUserThenMovie() throws IOException {
        List<String> lines = Files.readAllLines(release.resolve("ratings.csv"));
        assertThat(lines.get(0)).isEqualTo("userId,movieId,rating,timestamp");
        long previous = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            long key = Long.parseLong(fields[0]) * 1_000_000 + Long.parseLong(fields[1]);
            assertThat(key).as(line).isGreaterThan(previous);
            previous = key;
        }
    }

    @Test
    void extractingAgainRepairsAnEditedCopy() throws IOException {
        Path other = Files.createDirectories(folder.resolve("again"));
        Path first = DemoData.extractTo(other);
        Files.writeString(first.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,1,5.0,0\n");

        Path second = DemoData.extractTo(other);

        assertThat(second).isEqualTo(first);
        assertThat(second.resolve("ratings.csv")).hasSameBinaryContentAs(release.resolve("ratings.csv"));
        assertThat(second.resolve(OwnedFolders.MARKER)).isRegularFile();
        try (Stream<Path> inOther = Files.list(other)) {
            assertThat(inOther).containsExactly(second);
        }
    }

    @Test
    void aDemoWrittenWithoutTheMarkerByAnEarlierVersionIsReplaced() throws IOException {
        Path data = Files.createDirectories(folder.resolve("earlier"));
        Path earlier = DemoData.extractTo(data);
        Files.delete(earlier.resolve(OwnedFolders.MARKER));

        Path again = DemoData.extractTo(data);

        assertThat(again.resolve(OwnedFolders.MARKER)).isRegularFile();
        assertThat(again.resolve("ratings.csv")).hasSameBinaryContentAs(release.resolve("ratings.csv"));
    }

    @Test
    void anEarlierDemoEditedByHandIsLeftUntouched() throws IOException {
        Path data = Files.createDirectories(folder.resolve("edited"));
        Path earlier = DemoData.extractTo(data);
        Files.delete(earlier.resolve(OwnedFolders.MARKER));
        Files.writeString(earlier.resolve("tags.csv"), "userId,movieId,tag,timestamp\n1,1,mine,0\n");

        assertThatThrownBy(() -> DemoData.extractTo(data)).isInstanceOf(FolderInTheWayException.class);

        assertThat(earlier.resolve("tags.csv")).hasContent("userId,movieId,tag,timestamp\n1,1,mine,0");
    }

    @Test
    void aFolderNamedDemoThatTheAppDidNotMakeIsLeftUntouched() throws IOException {
        Path data = Files.createDirectories(folder.resolve("mine"));
        Path mine = Files.createDirectories(data.resolve(DemoData.RELEASE_FOLDER));
        Files.writeString(mine.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,1,5.0,0\n");

        assertThatThrownBy(() -> DemoData.extractTo(data))
                .isInstanceOf(FolderInTheWayException.class)
                .hasMessageStartingWith(mine + ": something is already there that this app did not make")
                .hasMessageContaining("Move or rename it");

        try (Stream<Path> inMine = Files.list(mine); Stream<Path> inData = Files.list(data)) {
            assertThat(inMine).containsExactly(mine.resolve("ratings.csv"));
            assertThat(inData).containsExactly(mine);
        }
        assertThat(mine.resolve("ratings.csv")).hasContent("userId,movieId,rating,timestamp\n1,1,5.0,0");
    }

    @Test
    void tellsTheDemoApartFromOtherData() throws Exception {
        Path plain = Files.createDirectories(folder.resolve("plain"));
        Files.writeString(plain.resolve("movies.csv"), "movieId,title,genres\n1,Some Film (2001),Drama\n");
        Files.writeString(plain.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,1,4.0,1000\n");
        Path edited = Files.createDirectories(folder.resolve("edited"));
        for (String name : DemoDataset.FILES) {
            Files.copy(release.resolve(name), edited.resolve(name));
        }
        Files.writeString(edited.resolve("README.txt"), "My own ratings\n");

        assertThat(DemoData.isDemo(demo)).isTrue();
        assertThat(DemoData.isDemo(DatasetLoader.load(plain))).isFalse();
        assertThat(DemoData.isDemo(DatasetLoader.load(edited))).isFalse();
    }

    @Test
    void aFileInTheWayOfTheReleaseFolderIsAClearErrorAndStaysAsItWas() throws IOException {
        Path blocked = Files.createDirectories(folder.resolve("blocked"));
        Path file = Files.writeString(blocked.resolve(DemoData.RELEASE_FOLDER), "not a folder");

        assertThatThrownBy(() -> DemoData.extractTo(blocked)).isInstanceOf(FolderInTheWayException.class)
                .hasMessageStartingWith(file.toString());
        assertThat(file).hasContent("not a folder");
    }
}
