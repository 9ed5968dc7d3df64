package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * User-user k nearest neighbours. The scan walks the profile's movies and, through the per-movie
 * rows (an inverted index), their raters, so it costs the sum of those movies' rater counts;
 * there is no users × users matrix. Thread-safe: scratch space is per thread.
 */
public final class NeighbourRecommender {

    private static final int MIN_KEPT = 1000;
    private static final int SUMS = 6;

    private final MovieStats stats;
    private final Ratings ratings;
    private final ThreadLocal<ScanSpace> scanSpace;
    private final ThreadLocal<AggregateSpace> aggregateSpace;

    public NeighbourRecommender(MovieStats stats) {
        this.stats = stats;
        this.ratings = stats.dataset().ratings();
        this.scanSpace = ThreadLocal.withInitial(() -> new ScanSpace(ratings.userCount()));
        this.aggregateSpace = ThreadLocal.withInitial(() -> new AggregateSpace(ratings.movieCount()));
    }

    public NeighbourResult recommend(Profile profile, NeighbourParams params) {
        return recommend(neighbourhood(profile, params), params);
    }

    /** Finds the candidate neighbours and keeps the nearest max(4k, 1000). */
    public Neighbourhood neighbourhood(Profile profile, NeighbourParams params) {
        ScanSpace space = scanSpace.get();
        int touched = accumulate(profile, space);
        double[] key = space.key;
        boolean byDistance = params.measure() == Measure.EUCLIDEAN;
        TopN top = new TopN(keptFor(params.k()), (a, b) -> {
            int byKey = Double.compare(key[a], key[b]);
            return byKey != 0 ? byKey : Integer.compare(a, b);
        });
        double meanP = profile.mean() * 2;
        int candidates = 0;
        for (int t = 0; t < touched; t++) {
            int v = space.touched[t];
            int at = v * SUMS;
            int n = space.sums[at];
            if (n >= params.minCommon()) {
                long p = space.sums[at + 4];
                long pp = space.sums[at + 5];
                long vSum = space.sums[at + 1];
                long vv = space.sums[at + 2];
                long pv = space.sums[at + 3];
                double meanV = stats.userMean(v) * 2;
                double similarity = params.measure().similarity(n, p, vSum, pp, vv, pv, meanP, meanV);
                double weight = params.significanceWeighting()
                        ? Math.min(n, NeighbourParams.SIGNIFICANCE_COMMON) / (double) NeighbourParams.SIGNIFICANCE_COMMON
                        : 1;
                similarity *= weight;
                space.weight[v] = weight;
                space.distance[v] = params.measure().distance(n, p, vSum, pp, vv, pv, meanP, meanV);
                space.similarity[v] = similarity;
                space.common[v] = n;
                key[v] = byDistance ? Measure.squaredDifference(pp, vv, pv) : -similarity;
                top.offer(v);
                candidates++;
            }
            Arrays.fill(space.sums, at, at + SUMS, 0);
        }
        int[] best = top.best();
        Neighbour[] nearest = new Neighbour[best.length];
        for (int i = 0; i < best.length; i++) {
            int v = best[i];
            nearest[i] = new Neighbour(ratings.users().idAt(v), v, space.distance[v], space.similarity[v],
                    space.common[v], space.weight[v]);
        }
        return new Neighbourhood(profile, params, nearest, candidates);
    }

    /**
     * How many of the nearest a scan for k keeps, and so how far a short default-mode list may
     * widen k: the same for any scan that serves k, so a list never depends on the scan's own k.
     */
    private static int keptFor(int k) {
        return Math.max(4 * k, MIN_KEPT);
    }

    /** Adds the sums of every user who co-rated a movie with the profile; returns how many users. */
    private int accumulate(Profile profile, ScanSpace space) {
        int[] sums = space.sums;
        int[] touched = space.touched;
        int count = 0;
        int self = profile.userIndex();
        for (int i = 0; i < profile.size(); i++) {
            int m = profile.movieAt(i);
            int p = profile.halfStarsAt(i);
            int end = ratings.movieEnd(m);
            for (int j = ratings.movieStart(m); j < end; j++) {
                int v = ratings.movieUserAt(j);
                if (v == self) {
                    continue;
                }
                int r = ratings.movieHalfStarsAt(j);
                int at = v * SUMS;
                if (sums[at]++ == 0) {
                    touched[count++] = v;
                }
                sums[at + 1] += r;
                sums[at + 2] += r * r;
                sums[at + 3] += p * r;
                sums[at + 4] += p;
                sums[at + 5] += p * p;
            }
        }
        return count;
    }

    /** Aggregates the neighbours' ratings into a list; rescans only when the cached scan cannot serve. */
    public NeighbourResult recommend(Neighbourhood neighbourhood, NeighbourParams params) {
        Profile profile = neighbourhood.profile();
        Neighbourhood hood = neighbourhood.serves(profile, params) ? neighbourhood : neighbourhood(profile, params);
        String method = params.mode() == NeighbourMode.TUTORIAL ? "knn-tutorial" : "knn";
        if (profile.size() == 0) {
            return empty(method, new Shortfall.NoRatingsForNeighbours());
        }
        if (hood.candidates() == 0) {
            return empty(method, noCandidates(profile, params));
        }
        int available = Math.min(hood.kept(), keptFor(params.k()));
        int k = Math.min(params.k(), available);
        List<Recommendation> items = aggregate(hood, params, k);
        while (params.mode() == NeighbourMode.DEFAULT && items.size() < params.n() && k < available) {
            k = Math.min(2 * k, available);
            items = aggregate(hood, params, k);
        }
        Shortfall reason = items.size() < params.n() ? shortfall(params, items.size(), k, hood.candidates()) : null;
        return new NeighbourResult(new RecommendationList(method, items, reason), hood.nearest(k));
    }

    private static NeighbourResult empty(String method, Shortfall reason) {
        return new NeighbourResult(new RecommendationList(method, List.of(), reason), List.of());
    }

    private static Shortfall noCandidates(Profile profile, NeighbourParams params) {
        return profile.size() < params.minCommon()
                ? new Shortfall.TooFewRatingsInCommon(profile.size(), params.minCommon())
                : new Shortfall.NoUserInCommon(params.minCommon());
    }

    private static Shortfall shortfall(NeighbourParams params, int found, int k, int candidates) {
        boolean tutorial = params.mode() == NeighbourMode.TUTORIAL;
        return new Shortfall.FewRatedByNeighbours(found, tutorial ? (params.k() + 1) / 2 : params.minSupport(),
                tutorial ? params.k() : k, tutorial, k < params.k(), candidates, params.minCommon());
    }

    private List<Recommendation> aggregate(Neighbourhood hood, NeighbourParams params, int k) {
        AggregateSpace space = aggregateSpace.get();
        Profile profile = hood.profile();
        for (int i = 0; i < profile.size(); i++) {
            space.rated[profile.movieAt(i)] = true;
        }
        int touched = 0;
        for (int n = 0; n < k; n++) {
            Neighbour neighbour = hood.at(n);
            int v = neighbour.userIndex();
            double meanV = stats.userMean(v);
            double similarity = neighbour.similarity();
            for (int i = ratings.userStart(v); i < ratings.userEnd(v); i++) {
                int m = ratings.userMovieAt(i);
                if (space.rated[m]) {
                    continue;
                }
                int r = ratings.userHalfStarsAt(i);
                if (space.count[m]++ == 0) {
                    space.touched[touched++] = m;
                }
                space.sum[m] += r;
                space.weighted[m] += similarity * (r / 2.0 - meanV);
                space.weights[m] += Math.abs(similarity);
            }
        }
        boolean tutorial = params.mode() == NeighbourMode.TUTORIAL;
        double[] score = space.score;
        TopN top = new TopN(params.n(), (a, b) -> {
            int byScore = Double.compare(score[b], score[a]);
            int bySupport = Integer.compare(space.count[b], space.count[a]);
            return byScore != 0 ? byScore : bySupport != 0 ? bySupport : Integer.compare(a, b);
        });
        for (int t = 0; t < touched; t++) {
            int m = space.touched[t];
            int support = space.count[m];
            if ((tutorial ? 2 * support >= params.k() : support >= params.minSupport()) && profile.listFilter().mayList(m)) {
                score[m] = tutorial ? space.sum[m] / (2.0 * support) : predict(profile, space, m);
                top.offer(m);
            }
        }
        List<Recommendation> items = new ArrayList<>();
        for (int m : top.best()) {
            double mean = space.sum[m] / (2.0 * space.count[m]);
            Explanation explanation = tutorial ? new Explanation.TutorialSupport(space.count[m], k, mean)
                    : new Explanation.NeighbourSupport(space.count[m], k, mean, clampToScale(score[m]));
            items.add(new Recommendation(m, stats.movie(m), clampToScale(score[m]), space.count[m], explanation));
        }
        space.clear(profile, touched);
        return items;
    }

    /**
     * The rating the k nearest neighbours predict for {@code movie}, on the scale: in tutorial
     * mode the mean of their ratings of it (from one rater up), in default mode the profile's mean
     * plus their weighted deviations (from the minimum support up); empty when too few rated it.
     */
    public OptionalDouble predict(Neighbourhood neighbourhood, NeighbourParams params, int movie) {
        Profile profile = neighbourhood.profile();
        Neighbourhood hood = neighbourhood.serves(profile, params) ? neighbourhood : neighbourhood(profile, params);
        boolean tutorial = params.mode() == NeighbourMode.TUTORIAL;
        int k = Math.min(params.k(), hood.kept());
        int support = 0;
        int sum = 0;
        double weighted = 0;
        double weights = 0;
        for (int n = 0; n < k; n++) {
            Neighbour neighbour = hood.at(n);
            int r = ratings.halfStars(neighbour.userIndex(), movie);
            if (r > 0) {
                support++;
                sum += r;
                weighted += neighbour.similarity() * (r / 2.0 - stats.userMean(neighbour.userIndex()));
                weights += Math.abs(neighbour.similarity());
            }
        }
        if (support < (tutorial ? 1 : params.minSupport())) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(clampToScale(tutorial ? sum / (2.0 * support)
                : profile.mean() + shrunkDeviation(weighted, weights)));
    }

    /**
     * The profile beside user {@code v}, worked out as {@link #neighbourhood} does: the same sums,
     * so the same similarity and distance.
     */
    public NeighbourComparison compare(Profile profile, int v, NeighbourParams params) {
        List<CoRatedPair> pairs = NeighbourComparison.pairs(ratings, stats.dataset().movies(), profile, v);
        int n = pairs.size();
        long p = 0;
        long pp = 0;
        long vSum = 0;
        long vv = 0;
        long pv = 0;
        for (CoRatedPair pair : pairs) {
            long yours = Math.round(pair.yours() * 2);
            long theirs = Math.round(pair.theirs() * 2);
            p += yours;
            pp += yours * yours;
            vSum += theirs;
            vv += theirs * theirs;
            pv += yours * theirs;
        }
        double meanP = profile.mean() * 2;
        double meanV = stats.userMean(v) * 2;
        Measure measure = params.measure();
        double unweighted = n == 0 ? 0 : measure.similarity(n, p, vSum, pp, vv, pv, meanP, meanV);
        Weighting weighting = params.significanceWeighting()
                ? new Weighting.Significance(n, NeighbourParams.SIGNIFICANCE_COMMON) : new Weighting.None();
        double distance = n == 0 ? Double.NaN : measure.distance(n, p, vSum, pp, vv, pv, meanP, meanV);
        return new NeighbourComparison(ratings.users().idAt(v), v, pairs,
                measure.working(n, p, vSum, pp, vv, pv, meanP, meanV, unweighted), weighting,
                unweighted * weighting.value(), distance,
                NeighbourComparison.favourites(ratings, stats.dataset().movies(), profile, v));
    }

    /**
     * How the list made from the neighbours {@code used} (nearest first, after any widening of k)
     * worked out {@code movie}'s score, with the list's own arithmetic: in tutorial mode the mean of
     * their ratings and the k/2 rule, in default mode the mean-centred prediction.
     */
    public WorkedPrediction work(Profile profile, List<Neighbour> used, NeighbourParams params, int movie) {
        if (params.mode() == NeighbourMode.TUTORIAL) {
            List<WorkedPrediction.Rater> raters = new ArrayList<>();
            int sum = 0;
            for (Neighbour neighbour : used) {
                int r = ratings.halfStars(neighbour.userIndex(), movie);
                if (r > 0) {
                    sum += r;
                    raters.add(new WorkedPrediction.Rater(neighbour.userId(), neighbour.similarity(),
                            neighbour.distance(), r / 2.0));
                }
            }
            double mean = raters.isEmpty() ? 0 : clampToScale(sum / (2.0 * raters.size()));
            return new WorkedPrediction.TutorialMean(raters, used.size(), params.k(), mean);
        }
        List<WorkedPrediction.CentredRater> raters = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (Neighbour neighbour : used) {
            int r = ratings.halfStars(neighbour.userIndex(), movie);
            if (r > 0) {
                double meanV = stats.userMean(neighbour.userIndex());
                weighted += neighbour.similarity() * (r / 2.0 - meanV);
                weights += Math.abs(neighbour.similarity());
                raters.add(new WorkedPrediction.CentredRater(neighbour.userId(), neighbour.similarity(), r / 2.0,
                        meanV));
            }
        }
        return new WorkedPrediction.MeanCentred(profile.mean(), raters, weighted, weights, NeighbourParams.SHRINKAGE,
                clampToScale(profile.mean() + shrunkDeviation(weighted, weights)));
    }

    /** Unclamped, so that predictions beyond the scale still rank among themselves. */
    private static double predict(Profile profile, AggregateSpace space, int m) {
        return profile.mean() + shrunkDeviation(space.weighted[m], space.weights[m]);
    }

    /**
     * The neighbours' weighted mean deviation, pulled towards 0 as if {@link NeighbourParams#SHRINKAGE}
     * more similarity weight said "as usual": a movie few or barely similar neighbours rated stays near
     * the user's mean instead of topping the list (measured with {@code evaluate}: see the README).
     */
    private static double shrunkDeviation(double weighted, double weights) {
        return weighted / (weights + NeighbourParams.SHRINKAGE);
    }

    private static double clampToScale(double stars) {
        return Math.max(0.5, Math.min(5.0, stars));
    }

    private static final class ScanSpace {
        final int[] sums;
        final int[] touched;
        final double[] key;
        final double[] distance;
        final double[] similarity;
        final double[] weight;
        final int[] common;

        ScanSpace(int users) {
            weight = new double[users];
            sums = new int[users * SUMS];
            touched = new int[users];
            key = new double[users];
            distance = new double[users];
            similarity = new double[users];
            common = new int[users];
        }
    }

    private static final class AggregateSpace {
        final boolean[] rated;
        final int[] count;
        final int[] sum;
        final double[] weighted;
        final double[] weights;
        final double[] score;
        final int[] touched;

        AggregateSpace(int movies) {
            rated = new boolean[movies];
            count = new int[movies];
            sum = new int[movies];
            weighted = new double[movies];
            weights = new double[movies];
            score = new double[movies];
            touched = new int[movies];
        }

        void clear(Profile profile, int touchedCount) {
            for (int i = 0; i < profile.size(); i++) {
                rated[profile.movieAt(i)] = false;
            }
            for (int t = 0; t < touchedCount; t++) {
                int m = touched[t];
                count[m] = 0;
                sum[m] = 0;
                weighted[m] = 0;
                weights[m] = 0;
            }
        }
    }
}
