package io.github.movierecommender.data;

import static io.github.movierecommender.data.DatasetAssertions.assertConsistent;
import static io.github.movierecommender.data.DatasetAssertions.assertSameData;
import static io.github.movierecommender.data.DatasetAssertions.ratedMovieIds;
import static io.github.movierecommender.data.DatasetAssertions.stars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ratings.keep, which builds the training part of an evaluation split, on the ml-latest-small fixture. */
class RatingsKeepTest {

    static Dataset dataset;

    @BeforeAll
    static void load() throws DatasetException {
        dataset = DatasetLoader.load(Fixtures.folder("ml-latest-small"));
    }

    /**
     * Entries of the per-user rows: 0–3 are user 1's movies 1, 2, 3, 21; 4–6 user 4's movies 1, 5,
     * 55; 7–10 user 10's movies 2, 3, 8, 13.
     */
    private static Dataset keeping(int... entries) {
        BitSet kept = new BitSet();
        for (int entry : entries) {
            kept.set(entry);
        }
        return dataset.withRatings(dataset.ratings().keep(kept));
    }

    @Test
    void keepsExactlyTheChosenEntriesWithTheirStarsAndTimesUnderTheSameIndexes() {
        Dataset training = keeping(0, 3, 5, 6, 8, 9, 10);
        Ratings kept = training.ratings();

        assertConsistent(training);
        assertEquals(7, kept.size());
        assertEquals(dataset.ratings().users(), kept.users());
        assertEquals(dataset.ratings().movieCount(), kept.movieCount());
        assertEquals(List.of(1, 21), ratedMovieIds(training, 1));
        assertEquals(List.of(5, 55), ratedMovieIds(training, 4));
        assertEquals(List.of(3, 8, 13), ratedMovieIds(training, 10));
        assertEquals(3.5, stars(training, 1, 21));
        assertEquals(0.0, stars(training, 1, 2), "left out");
        assertEquals(0.0, stars(training, 4, 1), "left out");
        assertEquals(0.5, stars(training, 4, 5));
        assertEquals(1_600_000_000L, kept.userTimeAt(kept.userEnd(kept.users().indexOf(10)) - 1));
        int movie1 = dataset.movies().indexOf(1);
        assertEquals(1, kept.movieRatingCount(movie1));
        assertEquals(kept.users().indexOf(1), kept.movieUserAt(kept.movieStart(movie1)));
    }

    @Test
    void keepingNothingLeavesEveryUserAndMovieWithoutRatings() {
        Ratings kept = keeping().ratings();

        assertEquals(0, kept.size());
        assertEquals(3, kept.userCount());
        for (int u = 0; u < kept.userCount(); u++) {
            assertEquals(0, kept.userRatingCount(u));
        }
        for (int m = 0; m < kept.movieCount(); m++) {
            assertEquals(0, kept.movieRatingCount(m));
        }
    }

    @Test
    void keepingEverythingGivesTheSameRatings() {
        Dataset all = keeping(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        assertConsistent(all);
        assertSameData(dataset, all);
    }
}
