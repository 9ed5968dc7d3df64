package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.LongToIntFunction;

/**
 * User-user k nearest neighbours: {@link NeighbourScan} finds them, {@link NeighbourTally} adds up
 * their ratings. A profile of more than {@value ComparedRatings#MOST} ratings is compared by a
 * seeded sample of that many ({@link ComparedRatings}). A large scan or tally is shared among the
 * cores ({@link QueryThreads}) with the same result as on one. Thread-safe: scratch space is per
 * thread.
 */
public final class NeighbourRecommender {

    private static final int MIN_KEPT = 1000;

    private final MovieStats stats;
    private final Ratings ratings;
    private final NeighbourScan scan;
    private final NeighbourTally tally;

    public NeighbourRecommender(MovieStats stats) {
        this(stats, QueryThreads::parts, CacheBlocks.ROW_ENTRIES_PER_SHARED_BLOCK);
    }

    /**
     * {@code parts}: how many threads share a scan or tally of so many entries; one shared by more
     * is cut into blocks however short its rows, so that small data exercise the cut.
     */
    NeighbourRecommender(MovieStats stats, LongToIntFunction parts) {
        this(stats, parts, 0);
    }

    private NeighbourRecommender(MovieStats stats, LongToIntFunction parts, int rowEntries) {
        this.stats = stats;
        this.ratings = stats.dataset().ratings();
        this.scan = new NeighbourScan(stats, parts, rowEntries);
        this.tally = new NeighbourTally(stats, parts, rowEntries);
    }

    public NeighbourResult recommend(Profile profile, NeighbourParams params) {
        return recommend(neighbourhood(profile, params), params);
    }

    /** Finds the candidate neighbours and keeps the nearest max(4k, 1000). */
    public Neighbourhood neighbourhood(Profile profile, NeighbourParams params) {
        return scan.scan(profile, params, keptFor(params.k()));
    }

    /**
     * How many of the nearest a scan for k keeps, and so how far a short default-mode list may
     * widen k: the same for any scan that serves k, so a list never depends on the scan's own k.
     */
    private static int keptFor(int k) {
        return Math.max(4 * k, MIN_KEPT);
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
        NeighbourTally.Listed listed = tally.list(hood, params, Math.min(params.k(), available), available);
        List<Recommendation> items = listed.items();
        Shortfall reason = items.size() < params.n()
                ? shortfall(params, items.size(), listed.k(), hood.candidates()) : null;
        return new NeighbourResult(new RecommendationList(method, items, reason), hood.nearest(listed.k()));
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
        List<CoRatedPair> pairs = NeighbourComparison.pairs(ratings, stats.dataset().movies(),
                ComparedRatings.of(profile, ratings), v);
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

    /**
     * The neighbours' weighted mean deviation, pulled towards 0 as if {@link NeighbourParams#SHRINKAGE}
     * more similarity weight said "as usual": a movie few or barely similar neighbours rated stays near
     * the user's mean instead of topping the list (measured with {@code evaluate}: see the README).
     */
    static double shrunkDeviation(double weighted, double weights) {
        return weighted / (weights + NeighbourParams.SHRINKAGE);
    }

    static double clampToScale(double stars) {
        return Math.max(0.5, Math.min(5.0, stars));
    }
}
