package io.github.movierecommender.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.eval.Releases.Row;
import io.github.movierecommender.eval.UserHoldout.MethodHits;
import io.github.movierecommender.recommend.MethodSettings;
import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.recommend.MovieRating;
import io.github.movierecommender.recommend.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation's hold-out for one user, as the side-by-side view asks for it. */
class UserHoldoutTest {

    private static final double SHARE = 0.2;

    @TempDir
    static Path folder;

    static Dataset dataset;

    /**
     * 30 users rate 60 movies at random; user 1 also gives movies 1 to 10, which everyone else
     * rates too (the most voted), five stars.
     */
    @BeforeAll
    static void writeRelease() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (Row row : Releases.random(30, 60, 0.3, 7)) {
            if (row.movieId() > 10 && row.userId() > 1) {
                rows.add(row);
            }
        }
        for (int user = 1; user <= 30; user++) {
            for (int movie = 1; movie <= 10; movie++) {
                rows.add(new Row(user, movie, user == 1 ? 5 : 3));
            }
        }
        dataset = Releases.load(folder, 60, rows);
    }

    private static Profile userOne() {
        return Profile.ofUser(dataset, 1).orElseThrow();
    }

    @Test
    void theSameSeedHoldsOutTheSameRatingsAndAnotherSeedOthers() {
        UserHoldout first = UserHoldout.of(dataset, userOne(), SHARE, 42);
        UserHoldout again = UserHoldout.of(dataset, userOne(), SHARE, 42);

        assertThat(first.heldOutMovies()).hasSize(2).isEqualTo(again.heldOutMovies());
        assertThat(IntStream.range(1, 20).mapToObj(seed -> Arrays.toString(
                UserHoldout.of(dataset, userOne(), SHARE, seed).heldOutMovies())).distinct().count()).isGreaterThan(3);
    }

    @Test
    void theMethodsNeverLearnFromTheHeldOutRatingsButFromAllTheOthers() {
        UserHoldout holdout = UserHoldout.of(dataset, userOne(), SHARE, 42);
        Ratings all = dataset.ratings();
        Ratings training = holdout.training().dataset().ratings();
        int u = all.users().indexOf(1);

        assertThat(training.size()).isEqualTo(all.size() - holdout.heldOutMovies().length);
        for (int movie : holdout.heldOutMovies()) {
            assertThat(all.halfStars(u, movie)).isEqualTo(10);
            assertThat(training.halfStars(u, movie)).as("held out from training").isZero();
            assertThat(holdout.kept().hasRated(movie)).as("held out from the profile").isFalse();
            assertThat(holdout.training().stats().votes(movie)).isEqualTo(29);
        }
        assertThat(holdout.kept().size()).isEqualTo(userOne().size() - holdout.heldOutMovies().length);
        assertThat(holdout.relevant()).isEqualTo(2);
    }

    @Test
    void anOwnProfileIsHeldOutFromItsRatingsWhileTheDatasetStaysWhole() {
        List<MovieRating> ratings = IntStream.rangeClosed(1, 10).mapToObj(id -> new MovieRating(id, 4.5)).toList();
        Profile own = Profile.of(dataset, ratings);

        UserHoldout holdout = UserHoldout.of(dataset, own, 0.5, 3);

        assertThat(holdout.heldOutMovies()).hasSize(5);
        assertThat(holdout.kept().size()).isEqualTo(5);
        assertThat(holdout.training().dataset().ratings().size()).isEqualTo(dataset.ratings().size());
        assertThat(holdout.relevant()).isEqualTo(5);
    }

    @Test
    void theMostVotedListFindsTheHeldOutFavouritesAndEachMethodReportsItsHits() {
        UserHoldout holdout = UserHoldout.of(dataset, userOne(), SHARE, 42);
        AtomicInteger steps = new AtomicInteger();
        EvalMonitor monitor = new EvalMonitor() {
            @Override
            public void progress(long done, long total) {
                steps.incrementAndGet();
                assertThat(done).isBetween(0L, total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        List<MethodHits> hits = holdout.hits(List.of(Methods.named("popular"), Methods.named("genre")),
                MethodSettings.defaults(20, 5).withMinVotes(0), monitor);

        assertThat(hits).extracting(hit -> hit.method().name()).containsExactly("popular", "genre");
        assertThat(hits.get(0)).isEqualTo(new MethodHits(Methods.named("popular"), 2, 2, 5));
        assertThat(hits.get(1).hits()).isBetween(0, 2);
        assertThat(steps.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aCancelStopsTheCheck() {
        UserHoldout holdout = UserHoldout.of(dataset, userOne(), SHARE, 42);
        EvalMonitor cancelled = new EvalMonitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> holdout.hits(List.of(Methods.named("popular")), MethodSettings.defaults(20, 5),
                cancelled)).isInstanceOf(EvaluationCancelledException.class);
    }

    @Test
    void aProfileWithOneRatingKeepsIt() {
        Profile one = Profile.of(dataset, List.of(new MovieRating(1, 5)));

        assertThat(UserHoldout.of(dataset, one, SHARE, 42).heldOutMovies()).isEmpty();
    }
}
