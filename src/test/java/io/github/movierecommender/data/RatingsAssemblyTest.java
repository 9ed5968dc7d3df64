package io.github.movierecommender.data;

import static io.github.movierecommender.data.DatasetAssertions.assertConsistent;
import static io.github.movierecommender.data.DatasetAssertions.ratedMovieIds;
import static io.github.movierecommender.data.DatasetAssertions.stars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatingsAssemblyTest {

    @TempDir
    Path tmp;

    @Test
    void gathersEachUsersRatingsFromAllOverTheFile() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.writeString(release.resolve("ratings.csv"), """
                userId,movieId,rating,timestamp
                1,3,1.0,1100000000
                2,1,2.0,1100000001
                1,2,3.0,1100000002
                3,3,4.0,1100000003
                2,3,5.0,1100000004
                1,1,0.5,1100000005
                """);

        Dataset dataset = DatasetLoader.load(release);

        assertEquals(List.of(1, 2, 3), ratedMovieIds(dataset, 1));
        assertEquals(List.of(0.5, 3.0, 1.0), userRatings(dataset, 1));
        assertEquals(List.of(2.0, 5.0), userRatings(dataset, 2));
        assertEquals(List.of(4.0), userRatings(dataset, 3));
        assertEquals(2, dataset.ratings().movieRatingCount(dataset.movies().indexOf(1)));
        assertEquals(3, dataset.ratings().movieRatingCount(dataset.movies().indexOf(3)));
        assertConsistent(dataset);
    }

    /** Users 1 to 3 rated movie 3, users 1 and 3 movie 1: where each row's entries from a user or a movie on start. */
    @Test
    void findsTheFirstEntryOfARowFromAUserOrAMovieOn() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.writeString(release.resolve("ratings.csv"), """
                userId,movieId,rating,timestamp
                1,1,1.0,1100000000
                1,3,2.0,1100000001
                2,3,3.0,1100000002
                3,1,4.0,1100000003
                3,3,5.0,1100000004
                """);
        Dataset dataset = DatasetLoader.load(release);
        Ratings ratings = dataset.ratings();
        int movie3 = dataset.movies().indexOf(3);
        int start = ratings.movieStart(movie3);
        int user2 = ratings.users().indexOf(2);
        int user3 = ratings.users().indexOf(3);

        assertEquals(start + 1, ratings.movieEntryFrom(movie3, user2, start));
        assertEquals(start + 2, ratings.movieEntryFrom(movie3, user3, start + 1));
        assertEquals(ratings.movieEnd(movie3), ratings.movieEntryFrom(movie3, user3 + 1, start));
        assertEquals(ratings.userStart(user3) + 1, ratings.userEntryFrom(user3, dataset.movies().indexOf(2)));
        assertEquals(ratings.userStart(user3), ratings.userEntryFrom(user3, 0));
        assertEquals(ratings.userEnd(user2), ratings.userEntryFrom(user2, movie3 + 1));
    }

    @Test
    void keepsEveryRatingOfAFileReadInSeveralChunks() throws Exception {
        int lines = 450_000;

        Dataset dataset = DatasetLoader.load(Fixtures.largeRelease(tmp, lines));

        Ratings ratings = dataset.ratings();
        assertEquals(lines, ratings.size());
        assertEquals(lines / 50, ratings.userCount());
        for (int i = 0; i < lines; i++) {
            int u = ratings.users().indexOf(i / 50 + 1);
            int m = dataset.movies().indexOf(i % 50 + 1);
            if (ratings.halfStars(u, m) != 2 * (1 + i % 5)) {
                assertEquals(2 * (1 + i % 5), ratings.halfStars(u, m), "rating on line " + (i + 2));
            }
        }
        assertConsistent(dataset);
    }

    @Test
    void aRepeatFarDownALargeFileKeepsTheLatestRating() throws Exception {
        Path release = Fixtures.largeRelease(tmp, 450_000);
        Files.writeString(release.resolve("ratings.csv"), "1,1,0.5,1200000000\n2,2,5.0,1000000000\n",
                StandardOpenOption.APPEND);

        Dataset dataset = DatasetLoader.load(release);

        assertEquals(0.5, stars(dataset, 1, 1), "the repeat is newer");
        assertEquals(2.0, stars(dataset, 2, 2), "the repeat is older");
        assertEquals(2, dataset.report().duplicateRatings());
        assertEquals(450_000, dataset.ratings().size());
    }

    private static List<Double> userRatings(Dataset dataset, int userId) {
        Ratings ratings = dataset.ratings();
        int u = ratings.users().indexOf(userId);
        return IntStream.range(ratings.userStart(u), ratings.userEnd(u)).mapToObj(ratings::userRatingAt).toList();
    }
}
