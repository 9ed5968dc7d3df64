package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CappedRatingsTest {

    private static final BaselineParams ONE_PASS = new BaselineParams(10, 15, 1);

    @TempDir
    Path folder;

    /** Cap 2: user 1's 4 ratings are cut to 2 of them, user 2's 2 and user 3's 1 are kept whole. */
    @Test
    void aUserOverTheCapKeepsThatManyOfTheirMoviesAndTheOthersKeepAll() throws Exception {
        Dataset dataset = TasteWorld.load(folder, "1,1,5\n1,2,4\n1,3,3\n1,4,2\n2,1,4\n2,3,1\n3,2,5");
        Ratings ratings = dataset.ratings();
        Baseline baseline = Baseline.train(ratings, ONE_PASS, BuildMonitor.NONE);

        CappedRatings capped = CappedRatings.of(ratings, baseline, 2, 7);

        List<Integer> user1 = movies(capped, 0);
        assertThat(user1).hasSize(2).isSorted().isSubsetOf(0, 1, 2, 3);
        assertThat(movies(capped, 1)).containsExactly(0, 2);
        assertThat(movies(capped, 2)).containsExactly(1);
        for (int u = 0; u < 3; u++) {
            for (int at = capped.userStart(u); at < capped.userEnd(u); at++) {
                int m = capped.userMovieAt(at);
                double stars = ratings.halfStars(u, m) / 2.0;
                assertEquals((float) baseline.deviation(u, m, stars), capped.userDeviationAt(at));
            }
        }
        for (int m = 0; m < 4; m++) {
            List<Integer> raters = new ArrayList<>();
            for (int at = capped.movieStart(m); at < capped.movieEnd(m); at++) {
                raters.add(capped.movieUserAt(at));
                assertEquals(ratings.halfStars(capped.movieUserAt(at), m) / 2.0, capped.movieStarsAt(at));
            }
            List<Integer> expected = new ArrayList<>();
            for (int u = 0; u < 3; u++) {
                if (movies(capped, u).contains(m)) {
                    expected.add(u);
                }
            }
            assertEquals(expected, raters);
            assertEquals(raters.size(), capped.movieCount(m));
        }
    }

    @Test
    void theSampleRepeatsForASeedAndDrawsOtherMoviesForOtherSeeds() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int movie = 1; movie <= 40; movie++) {
            lines.append("1,").append(movie).append(",4\n");
        }
        Dataset dataset = TasteWorld.load(folder, lines.toString());
        Baseline baseline = Baseline.train(dataset.ratings(), ONE_PASS, BuildMonitor.NONE);

        List<Integer> first = movies(CappedRatings.of(dataset.ratings(), baseline, 10, 1), 0);
        List<Integer> again = movies(CappedRatings.of(dataset.ratings(), baseline, 10, 1), 0);
        List<Integer> other = movies(CappedRatings.of(dataset.ratings(), baseline, 10, 2), 0);

        assertThat(first).hasSize(10).doesNotHaveDuplicates();
        assertEquals(first, again);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aCapBelowOneIsRefused() throws Exception {
        Dataset dataset = TasteWorld.load(folder, "1,1,4");
        Baseline baseline = Baseline.train(dataset.ratings(), ONE_PASS, BuildMonitor.NONE);

        assertThrows(IllegalArgumentException.class, () -> CappedRatings.of(dataset.ratings(), baseline, 0, 1));
    }

    private static List<Integer> movies(CappedRatings capped, int u) {
        List<Integer> movies = new ArrayList<>();
        for (int at = capped.userStart(u); at < capped.userEnd(u); at++) {
            movies.add(capped.userMovieAt(at));
        }
        return movies;
    }
}
