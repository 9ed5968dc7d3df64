package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.Dataset;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile of more than {@link ComparedRatings#MOST} ratings is compared by a seeded sample of them. */
class KnnBaselineHeavyProfileTest {

    private static final int HEAVY = ComparedRatings.MOST + 100;

    @TempDir
    Path folder;

    @Test
    void aProfileUpToTheCapIsComparedByAllItsRatingsAndAHeavierOneBySampleOfThatMany() {
        assertThat(ComparedRatings.positions(2698)).containsExactly(IntStream.range(0, 2698).toArray());

        int[] sampled = ComparedRatings.positions(5000);

        assertThat(sampled).hasSize(ComparedRatings.MOST).isSorted().doesNotHaveDuplicates();
        assertThat(sampled[0]).isNotNegative();
        assertThat(sampled[sampled.length - 1]).isLessThan(5000);
        assertThat(ComparedRatings.positions(5000)).containsExactly(sampled);
    }

    /**
     * Users 1 and 2 rate the same {@value #HEAVY} movies alike: user 1 is compared with user 2 on
     * exactly the sampled movies, and the same profile always gets the same neighbours.
     */
    @Test
    void aHeavyProfileSharesOnlyItsSampledMoviesWithTheOtherUsers() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int user = 1; user <= 2; user++) {
            for (int movie = 1; movie <= HEAVY; movie++) {
                lines.append(user).append(',').append(movie).append(',').append(1 + movie % 9 / 2.0).append('\n');
            }
        }
        Dataset dataset = TasteWorld.load(folder, lines.toString());
        Baseline baseline = Baseline.train(dataset.ratings(), BaselineParams.DEFAULTS, BuildMonitor.NONE);
        KnnBaseline knn = KnnBaseline.train(dataset, baseline, new KnnBaselineParams(100, 0), BuildMonitor.NONE);
        Profile heavy = Profile.ofUser(dataset, 1).orElseThrow();

        List<Neighbour> nearest = knn.nearest(knn.neighbours(heavy), 5);

        assertThat(nearest).singleElement().satisfies(n -> {
            assertThat(n.userId()).isEqualTo(2);
            assertThat(n.common()).isEqualTo(ComparedRatings.MOST);
            assertThat(n.similarity()).isPositive();
        });
        assertThat(knn.nearest(knn.neighbours(heavy), 5)).isEqualTo(nearest);
    }
}
