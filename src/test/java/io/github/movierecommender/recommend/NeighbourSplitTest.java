package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.MovieLensSmall;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A neighbour scan or tally cut into ranges for several cores gives exactly what one thread gives:
 * the same neighbours with the same numbers, the same candidates, the same lists.
 */
class NeighbourSplitTest {

    private static final List<NeighbourParams> PARAMS = List.of(
            NeighbourParams.defaults(20, 10),
            NeighbourParams.tutorial(20, 10),
            new NeighbourParams(20, 10, 3, Measure.COSINE, NeighbourMode.DEFAULT, 2, false),
            new NeighbourParams(30, 10, 5, Measure.EUCLIDEAN, NeighbourMode.DEFAULT, 2, false),
            new NeighbourParams(20, 15, 5, Measure.MSD, NeighbourMode.DEFAULT, 3, true));

    @Test
    void everyUserOfMovieLensSmallGetsTheOneThreadResultInTwoAndInThreeParts() throws Exception {
        Dataset dataset = MovieLensSmall.loadOrSkip();

        assertSameInParts(dataset, 1);
    }

    /**
     * 700 users rate the same 300 movies, so each profile's scan reads 210,000 rater entries, enough
     * for the engine to cut it by itself on a machine of two cores or more; users 1 to 60 rate as
     * users 61 to 120 do, so equally near neighbours fall in different ranges.
     */
    @Test
    void aProfileWhoseScanIsCutByItselfGetsTheOneThreadResult(@TempDir Path folder) throws Exception {
        Dataset dataset = TasteWorld.load(folder, sharedScanRatings());
        Profile profile = Profile.ofUser(dataset, 1).orElseThrow();
        long entries = ComparedRatings.of(profile, dataset.ratings()).raterEntries();

        assertEquals(210_000, entries);
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(QueryThreads.parts(entries)).isGreaterThan(1);
        }
        assertSameInParts(dataset, 7);
        NeighbourRecommender oneThread = new NeighbourRecommender(new MovieStats(dataset), entries2 -> 1);
        NeighbourRecommender byItself = Recommenders.of(dataset).neighbours();
        for (NeighbourParams params : PARAMS) {
            assertEquals(oneThread.recommend(profile, params), byItself.recommend(profile, params));
        }
    }

    /**
     * Four threads asking at once for lists whose scans the engine shares among the cores by
     * itself (each reads 210,000 rater entries) get what one thread gets alone.
     */
    @Test
    void queriesRunningAtOnceEachGetTheOneThreadResult(@TempDir Path folder) throws Exception {
        Dataset dataset = TasteWorld.load(folder, sharedScanRatings());
        NeighbourRecommender oneThread = new NeighbourRecommender(new MovieStats(dataset), entries -> 1);
        NeighbourRecommender shared = Recommenders.of(dataset).neighbours();
        List<Profile> profiles = IntStream.rangeClosed(1, 40)
                .mapToObj(id -> Profile.ofUser(dataset, id * 17).orElseThrow()).toList();
        List<NeighbourResult> expected = profiles.stream()
                .map(profile -> oneThread.recommend(profile, NeighbourParams.defaults(20, 10))).toList();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                List<Future<List<NeighbourResult>>> answers = new ArrayList<>();
                for (int caller = 0; caller < 4; caller++) {
                    answers.add(callers.submit(() -> profiles.stream()
                            .map(profile -> shared.recommend(profile, NeighbourParams.defaults(20, 10))).toList()));
                }
                for (Future<List<NeighbourResult>> answer : answers) {
                    assertEquals(expected, answer.get());
                }
            });
        } finally {
            callers.shutdownNow();
        }
    }

    /** Every {@code step}-th user, each set of parameters: one part against two and three. */
    private static void assertSameInParts(Dataset dataset, int step) {
        MovieStats stats = new MovieStats(dataset);
        NeighbourRecommender one = new NeighbourRecommender(stats, entries -> 1);
        List<NeighbourRecommender> split = List.of(new NeighbourRecommender(stats, entries -> 2),
                new NeighbourRecommender(stats, entries -> 3));
        for (int u = 0; u < dataset.ratings().userCount(); u += step) {
            Profile profile = Profile.ofUser(dataset, dataset.ratings().users().idAt(u)).orElseThrow();
            for (NeighbourParams params : PARAMS) {
                Neighbourhood expected = one.neighbourhood(profile, params);
                NeighbourResult expectedList = one.recommend(expected, params);
                for (NeighbourRecommender parts : split) {
                    Neighbourhood actual = parts.neighbourhood(profile, params);
                    assertEquals(expected.candidates(), actual.candidates(), profile + " " + params);
                    assertEquals(expected.nearest(expected.kept()), actual.nearest(actual.kept()),
                            profile + " " + params);
                    assertEquals(expectedList, parts.recommend(actual, params), profile + " " + params);
                }
            }
        }
    }

    /** 700 users who rated the same 300 movies; users 1 to 60 rate as users 61 to 120 do. */
    private static String sharedScanRatings() {
        StringBuilder lines = new StringBuilder();
        for (int user = 1; user <= 700; user++) {
            int taste = user <= 60 ? user + 60 : user;
            for (int movie = 1; movie <= 300; movie++) {
                int halfStars = 1 + Math.floorMod(taste * 31 + movie * 17 + (taste * movie) % 7, 10);
                lines.append(user).append(',').append(movie).append(',').append(halfStars / 2.0).append('\n');
            }
        }
        return lines.toString();
    }
}
