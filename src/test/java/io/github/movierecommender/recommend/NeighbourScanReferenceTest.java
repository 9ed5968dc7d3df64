package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.MovieLensSmall;
import io.github.movierecommender.data.Ratings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan's neighbours, bit for bit, are those of the plainest computation: each other user's
 * ratings merged with the compared ones movie by movie, every candidate's numbers worked out, all
 * of them sorted by the measure (then by user index) and the first ones kept.
 */
class NeighbourScanReferenceTest {

    private static final List<NeighbourParams> PARAMS = List.of(
            NeighbourParams.defaults(20, 10),
            NeighbourParams.tutorial(20, 10),
            new NeighbourParams(20, 10, 3, Measure.COSINE, NeighbourMode.DEFAULT, 2, false),
            new NeighbourParams(30, 10, 1, Measure.MSD, NeighbourMode.DEFAULT, 2, true),
            new NeighbourParams(300, 10, 2, Measure.PEARSON, NeighbourMode.DEFAULT, 2, false));

    @Test
    void everyUserOfMovieLensSmallGetsTheReferenceNeighbours() throws Exception {
        Dataset dataset = MovieLensSmall.loadOrSkip();

        assertReferenceNeighbours(dataset, 1);
    }

    /**
     * 400 users of random tastes over 3,200 movies, a few of whom rated nearly all of them (more
     * than the {@value ComparedRatings#MOST} a profile is compared by), many of whom rated the same
     * popular movies the same way (ties broken by user index), and one who rated everything alike.
     */
    @Test
    void syntheticUsersWithTiesAndProfilesBeyondTheComparedMostGetTheReferenceNeighbours(@TempDir Path folder)
            throws Exception {
        SplittableRandom random = new SplittableRandom(15);
        StringBuilder lines = new StringBuilder();
        for (int user = 1; user <= 400; user++) {
            double share = user <= 3 ? 0.97 : 0.02 + random.nextDouble() * 0.1;
            for (int movie = 1; movie <= 3200; movie++) {
                boolean popular = movie <= 40 && user % 4 != 0;
                if (popular || random.nextDouble() < share) {
                    int halfStars = user == 7 ? 8 : popular && user % 2 == 0 ? 1 + movie % 10 : 1 + random.nextInt(10);
                    lines.append(user).append(',').append(movie).append(',').append(halfStars / 2.0).append('\n');
                }
            }
        }
        Dataset dataset = TasteWorld.load(folder, lines.toString());

        assertReferenceNeighbours(dataset, 1);
    }

    /**
     * Kept lists far shorter than the candidates, so that the scan leaves out most candidates
     * unworked ({@link CommonCountBound}), on one thread and shared in blocks: still the
     * reference's first ones.
     */
    @Test
    void shortKeptListsOfMovieLensSmallAreTheReferencesFirst() throws Exception {
        Dataset dataset = MovieLensSmall.loadOrSkip();

        assertReferenceFirst(dataset, 7, entries -> 1);
        assertReferenceFirst(dataset, 7, entries -> 2);
    }

    /**
     * 1,500 users who rated a common core of 60 movies: those with over a thousand ratings have a
     * mean a hair off an integer (1,500 ratings of 4 stars and one of 4.5), for which the bound
     * cannot vouch, and some profiles rated every core movie alike, so their spreads are tiny or 0.
     */
    @Test
    void shortKeptListsWithMeansNearlyIntegersAreTheReferencesFirst(@TempDir Path folder) throws Exception {
        SplittableRandom random = new SplittableRandom(151);
        StringBuilder lines = new StringBuilder();
        for (int user = 1; user <= 1500; user++) {
            boolean nearlyInteger = user % 50 == 0;
            boolean alike = user % 7 == 0;
            int movies = nearlyInteger ? 1501 : 60 + random.nextInt(40);
            for (int movie = 1; movie <= movies; movie++) {
                int halfStars = nearlyInteger ? (movie == movies ? 9 : 8)
                        : alike ? 7 : movie <= 60 ? 1 + (user * movie + movie / 3) % 10 : 1 + random.nextInt(10);
                lines.append(user).append(',').append(movie).append(',').append(halfStars / 2.0).append('\n');
            }
        }
        Dataset dataset = TasteWorld.load(folder, lines.toString());
        assertThat(CommonCountBound.roundingProne(new MovieStats(dataset).userMean(49) * 2)).isTrue();

        assertReferenceFirst(dataset, 13, entries -> 1);
        assertReferenceFirst(dataset, 13, entries -> 3);
    }

    /** Every {@code step}-th user, each set of parameters, kept lists of 1, 5 and 40. */
    private static void assertReferenceFirst(Dataset dataset, int step, LongToIntFunction parts) {
        MovieStats stats = new MovieStats(dataset);
        NeighbourScan scan = new NeighbourScan(stats, parts, 0);
        for (int u = 0; u < dataset.ratings().userCount(); u += step) {
            Profile profile = Profile.ofUser(dataset, dataset.ratings().users().idAt(u)).orElseThrow();
            for (NeighbourParams params : PARAMS) {
                List<Neighbour> expected = reference(stats, profile, params);
                for (int kept : new int[] {1, 5, 40}) {
                    Neighbourhood hood = scan.scan(profile, params, kept);
                    assertEquals(expected.size(), hood.candidates(), profile + " " + params);
                    assertEquals(expected.subList(0, Math.min(kept, expected.size())), hood.nearest(kept),
                            profile + " " + params + " kept " + kept);
                }
            }
        }
    }

    private static void assertReferenceNeighbours(Dataset dataset, int step) {
        MovieStats stats = new MovieStats(dataset);
        NeighbourRecommender recommender = new NeighbourRecommender(stats, entries -> 1);
        for (int u = 0; u < dataset.ratings().userCount(); u += step) {
            Profile profile = Profile.ofUser(dataset, dataset.ratings().users().idAt(u)).orElseThrow();
            for (NeighbourParams params : PARAMS) {
                Neighbourhood hood = recommender.neighbourhood(profile, params);
                List<Neighbour> expected = reference(stats, profile, params);
                assertEquals(expected.size(), hood.candidates(), profile + " " + params);
                assertEquals(expected.subList(0, hood.kept()), hood.nearest(hood.kept()), profile + " " + params);
            }
        }
    }

    /** Every candidate, nearest first. */
    private static List<Neighbour> reference(MovieStats stats, Profile profile, NeighbourParams params) {
        Ratings ratings = stats.dataset().ratings();
        ComparedRatings compared = ComparedRatings.of(profile, ratings);
        double meanP = profile.mean() * 2;
        List<Neighbour> candidates = new ArrayList<>();
        for (int v = 0; v < ratings.userCount(); v++) {
            if (v == profile.userIndex()) {
                continue;
            }
            int n = 0;
            long p = 0;
            long w = 0;
            long pp = 0;
            long ww = 0;
            long pw = 0;
            int i = 0;
            for (int j = ratings.userStart(v); j < ratings.userEnd(v); j++) {
                while (i < compared.size() && compared.movieAt(i) < ratings.userMovieAt(j)) {
                    i++;
                }
                if (i < compared.size() && compared.movieAt(i) == ratings.userMovieAt(j)) {
                    long mine = compared.halfStarsAt(i);
                    long theirs = ratings.userHalfStarsAt(j);
                    n++;
                    p += mine;
                    w += theirs;
                    pp += mine * mine;
                    ww += theirs * theirs;
                    pw += mine * theirs;
                }
            }
            if (n >= params.minCommon()) {
                double meanV = stats.userMean(v) * 2;
                double weight = NeighbourScan.weight(n, params);
                double similarity = params.measure().similarity(n, p, w, pp, ww, pw, meanP, meanV) * weight;
                candidates.add(new Neighbour(ratings.users().idAt(v), v,
                        params.measure().distance(n, p, w, pp, ww, pw, meanP, meanV), similarity, n, weight));
            }
        }
        Comparator<Neighbour> nearest = params.measure() == Measure.EUCLIDEAN
                ? Comparator.comparingDouble(Neighbour::distance)
                : Comparator.comparingDouble(neighbour -> -neighbour.similarity());
        candidates.sort(nearest.thenComparingInt(Neighbour::userIndex));
        return candidates;
    }
}
