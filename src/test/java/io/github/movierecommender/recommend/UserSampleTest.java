package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSampleTest {

    @TempDir
    static Path folder;

    static Ratings ratings;

    @BeforeAll
    static void load() throws Exception {
        Dataset dataset = TasteWorld.load(folder, MatrixFactorisationTest.randomRatings(50, 40, 8));
        ratings = dataset.ratings();
    }

    @Test
    void ratingsWithinTheLimitAreTakenWhole() {
        assertThat(UserSample.of(ratings, ratings.size(), 1)).isSameAs(ratings);
    }

    @Test
    void takesWholeUsersUpToTheLimitKeepingIndexes() {
        int limit = ratings.size() / 3;

        Ratings sample = UserSample.of(ratings, limit, 1);

        assertThat(sample.size()).isBetween(limit - 40, limit);
        assertThat(sample.userCount()).isEqualTo(ratings.userCount());
        assertThat(sample.movieCount()).isEqualTo(ratings.movieCount());
        long kept = IntStream.range(0, ratings.userCount()).filter(u -> sample.userRatingCount(u) > 0).count();
        assertThat(kept).isBetween(5L, (long) ratings.userCount() - 5);
        IntStream.range(0, ratings.userCount()).filter(u -> sample.userRatingCount(u) > 0).forEach(u -> {
            assertThat(sample.userRatingCount(u)).as("user index %d keeps every rating", u)
                    .isEqualTo(ratings.userRatingCount(u));
            assertThat(sample.userMovieAt(sample.userStart(u))).isEqualTo(ratings.userMovieAt(ratings.userStart(u)));
        });
    }

    @Test
    void theSameSeedDrawsTheSameUsersAndAnotherSeedOthers() {
        int limit = ratings.size() / 3;
        int[] first = counts(UserSample.of(ratings, limit, 1));

        assertThat(counts(UserSample.of(ratings, limit, 1))).isEqualTo(first);
        assertThat(counts(UserSample.of(ratings, limit, 2))).isNotEqualTo(first);
    }

    private static int[] counts(Ratings sample) {
        return IntStream.range(0, sample.userCount()).map(sample::userRatingCount).toArray();
    }
}
