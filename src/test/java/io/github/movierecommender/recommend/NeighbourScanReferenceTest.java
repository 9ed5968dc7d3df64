package io.github.movierecommender.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.MovieLensSmall;
import io.github.movierecommender.data.Ratings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
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
