package io.github.movierecommender.data;

import static io.github.movierecommender.data.DatasetAssertions.assertConsistent;
import static io.github.movierecommender.data.DatasetAssertions.movie;
import static io.github.movierecommender.data.DatasetAssertions.ratedMovieIds;
import static io.github.movierecommender.data.DatasetAssertions.stars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.data.Fixtures.Packaging;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DuplicatesAndPlaceholdersTest {

    @TempDir
    Path tmp;

    private Dataset dataset;

    @BeforeEach
    void load() throws Exception {
        dataset = DatasetLoader.load(Fixtures.folder("duplicates"));
    }

    @Test
    void aRepeatedRatingKeepsTheLatestByTimestamp() {
        assertEquals(4.5, stars(dataset, 1, 1), "the later rating, on a later line");
        assertEquals(3.0, stars(dataset, 1, 2), "the later rating, on an earlier line");
        assertEquals(List.of(1, 2), ratedMovieIds(dataset, 1));
        Ratings ratings = dataset.ratings();
        assertEquals(1_000_003_000L, ratings.userTimeAt(ratings.userStart(ratings.users().indexOf(1))));
    }

    @Test
    void ofTwoRatingsAtTheSameSecondTheLaterLineWins() {
        assertEquals(0.5, stars(dataset, 2, 3));
    }

    @Test
    void countsTheRepeatedRatings() {
        assertEquals(3, dataset.report().duplicateRatings());
        assertEquals(6, dataset.ratings().size());
        assertEquals(0, dataset.report().skippedLines());
        assertFalse(dataset.report().isClean());
        assertEquals(3, dataset.summary().duplicateRatings());
    }

    @Test
    void keepsRatingsOfMoviesMissingFromTheCatalogueUnderAPlaceholder() {
        Movie missing = movie(dataset, 99);

        assertTrue(missing.placeholder());
        assertEquals("Unknown movie #99", missing.displayTitle());
        assertFalse(missing.hasYear());
        assertEquals(Set.of(), missing.genres());
        assertEquals(Optional.empty(), missing.movieLensUrl());
        assertFalse(movie(dataset, 1).placeholder());
        assertEquals(4.0, stars(dataset, 2, 99));
        assertEquals(3.0, stars(dataset, 3, 99));
        assertEquals(2.5, stars(dataset, 3, 77));
    }

    @Test
    void countsThePlaceholdersAndTheirRatings() {
        assertEquals(5, dataset.movies().size());
        assertEquals(2, dataset.report().placeholderMovies());
        assertEquals(3, dataset.report().ratingsOfPlaceholderMovies());
        assertEquals(2, dataset.summary().placeholderMovies());
    }

    @ParameterizedTest
    @EnumSource(Packaging.class)
    void keepsBothRowViewsInStep(Packaging packaging) throws Exception {
        assertConsistent(DatasetLoader.load(packaging.of("duplicates", tmp)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void placeholdersAmongTheCatalogueIdsShiftTheOtherMoviesRatingsAlong(boolean usersInOrder) throws Exception {
        Path release = Files.createDirectories(tmp.resolve("between"));
        Files.writeString(release.resolve("movies.csv"),
                "movieId,title,genres\n10,Ten (2000),Drama\n30,Thirty (2000),Drama\n50,Fifty (2000),Drama\n");
        String first = "1,5,1.0,1000000000\n1,20,2.0,1000000000\n1,30,3.0,1000000000\n1,50,4.0,1000000000\n";
        String second = "2,50,5.0,1000000000\n2,10,0.5,1000000000\n2,40,1.5,1000000000\n";
        Files.writeString(release.resolve("ratings.csv"),
                "userId,movieId,rating,timestamp\n" + (usersInOrder ? first + second : second + first));

        Dataset loaded = DatasetLoader.load(release);

        assertEquals(List.of(5, 20, 30, 50), ratedMovieIds(loaded, 1));
        assertEquals(List.of(10, 40, 50), ratedMovieIds(loaded, 2));
        assertEquals(3.0, stars(loaded, 1, 30));
        assertEquals(4.0, stars(loaded, 1, 50));
        assertEquals(5.0, stars(loaded, 2, 50));
        assertEquals(0.5, stars(loaded, 2, 10));
        assertEquals(1.5, stars(loaded, 2, 40));
        assertEquals("Fifty", movie(loaded, 50).displayTitle());
        assertEquals(3, loaded.report().placeholderMovies());
        assertConsistent(loaded);
    }
}
