package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.MovieCatalog;
import io.github.movierecommender.data.Ratings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.LongToIntFunction;

/**
 * User-based neighbours on baseline deviations, as Surprise's KNNBaseline with pearson_baseline:
 * users are compared by the Pearson correlation of their deviations from the baseline b_ui on the
 * movies both rated, shrunk by (n − 1) / (n − 1 + shrinkage) for n movies in common. A movie's
 * rating is predicted as b_ui plus the similarity-weighted deviations of the k most similar users
 * among those who rated it (positive similarities only), divided by the sum of their similarities
 * plus a prior that {@link #trainTuned} chooses on an inner split, so that a few weak neighbours
 * move the prediction only a little. Lists rank unrated movies by how strongly those k
 * neighbours back them: the sum of their similarities times their ratings. A profile with more
 * than {@value ComparedRatings#MOST} ratings is compared with the other users by a seeded sample of
 * that many of them (its baseline and its lists still use all). A large comparison is shared among the
 * cores ({@link QueryThreads}), each adding up the sums of its own range of users in the same order
 * as one thread would, so with the same result. Thread-safe: scratch space is per thread.
 */
public final class KnnBaseline {

    /** A correlation needs two movies in common. */
    private static final int MIN_COMMON = 2;

    static final double[] PRIORS = {0, 0.25, 0.5, 1, 2};
    static final int TUNING_K = 40;
    static final int MAX_TUNING_USERS = 300;
    static final double INNER_SHARE = 0.1;
    private static final String NAME = "knn-baseline";
    /** The most a rater adds to a list score per unit of similarity: 5 stars. */
    private static final double MAX_STARS = 5;
    /** A list checks whether its leaders are settled after this many similar users, then twice as many, … */
    private static final int FIRST_CHECK = 16;

    private final Ratings ratings;
    private final MovieCatalog movies;
    private final Baseline baseline;
    private final KnnBaselineParams params;
    /** r_vi − b_vi for each entry of the per-movie rows. */
    private final float[] deviations;
    private final ThreadLocal<Scratch> scratch;

    private KnnBaseline(Dataset training, Baseline baseline, KnnBaselineParams params, float[] deviations) {
        this.ratings = training.ratings();
        this.movies = training.movies();
        this.baseline = baseline;
        this.params = params;
        this.deviations = deviations;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(ratings.userCount()));
    }

    public static KnnBaseline train(Dataset training, Baseline baseline, KnnBaselineParams params,
                                    BuildMonitor progress) {
        Ratings ratings = training.ratings();
        float[] deviations = new float[ratings.size()];
        for (int m = 0; m < ratings.movieCount(); m++) {
            if (m % 1024 == 0) {
                progress.step((double) m / ratings.movieCount());
            }
            for (int j = ratings.movieStart(m); j < ratings.movieEnd(m); j++) {
                int v = ratings.movieUserAt(j);
                deviations[j] = (float) (ratings.movieRatingAt(j) - baseline.estimate(baseline.userBias(v), m));
            }
        }
        progress.step(1);
        return new KnnBaseline(training, baseline, params, deviations);
    }

    /**
     * Chooses the prior on a seeded hold-out of the training ratings (RMSE at k = 40 over at most
     * 300 of its users), then trains the baseline and the neighbours on every training rating.
     */
    public static KnnBaseline trainTuned(Dataset training, BaselineParams baselineParams, long seed,
                                         BuildMonitor progress) {
        InnerSplit inner = InnerSplit.of(training.ratings(), INNER_SHARE, seed);
        Dataset fit = training.withRatings(inner.fit());
        Baseline innerBaseline = Baseline.train(inner.fit(), baselineParams, progress.part(0, 0.1));
        KnnBaseline model = train(fit, innerBaseline, new KnnBaselineParams(KnnBaselineParams.DEFAULT_SHRINKAGE, 0),
                progress.part(0.1, 0.2));
        double[] squares = new double[PRIORS.length];
        int[] users = inner.sampleUsers(MAX_TUNING_USERS, seed);
        int from = 0;
        for (int t = 0; t < users.length; t++) {
            progress.step(0.2 + 0.6 * t / users.length);
            from = inner.firstOf(users[t], from);
            Profile profile = Profile.ofUser(fit, fit.ratings().users().idAt(users[t])).orElseThrow();
            Neighbours neighbours = model.neighbours(profile);
            for (int i = from; i < inner.size() && inner.users()[i] == users[t]; i++) {
                int m = inner.movies()[i];
                double[] sums = model.deviationSums(neighbours, m, TUNING_K);
                double base = innerBaseline.estimate(neighbours.userBias, m);
                for (int p = 0; p < PRIORS.length; p++) {
                    double shift = sums[1] > 0 ? sums[0] / (sums[1] + PRIORS[p]) : 0;
                    double error = Baseline.clip(base + shift) - inner.stars(i);
                    squares[p] += error * error;
                }
            }
        }
        int best = 0;
        for (int p = 1; p < PRIORS.length; p++) {
            best = squares[p] < squares[best] ? p : best;
        }
        Baseline baseline = Baseline.train(training.ratings(), baselineParams, progress.part(0.8, 0.9));
        return train(training, baseline, new KnnBaselineParams(KnnBaselineParams.DEFAULT_SHRINKAGE, PRIORS[best]),
                progress.part(0.9, 1));
    }

    public KnnBaselineParams params() {
        return params;
    }

    public Baseline baseline() {
        return baseline;
    }

    /**
     * The profile's shrunk Pearson-baseline similarity to every user; its own user gets 0. A profile
     * of more than {@value ComparedRatings#MOST} ratings is compared by a seeded sample of that many.
     */
    public Neighbours neighbours(Profile profile) {
        return neighbours(profile, QueryThreads::parts);
    }

    /** {@link #neighbours(Profile)} cut into {@code parts} ranges of users for a comparison of so many rater entries. */
    Neighbours neighbours(Profile profile, LongToIntFunction parts) {
        double userBias = baseline.userBias(profile);
        ComparedRatings compared = ComparedRatings.of(profile, ratings);
        double[] own = new double[compared.size()];
        for (int i = 0; i < own.length; i++) {
            own[i] = compared.halfStarsAt(i) / 2.0 - baseline.estimate(userBias, compared.movieAt(i));
        }
        Neighbours neighbours = new Neighbours(profile, userBias, new double[ratings.userCount()],
                new double[ratings.userCount()], new int[ratings.userCount()]);
        Scratch space = scratch.get();
        int count = parts.applyAsInt(compared.raterEntries());
        int[] bounds = compared.partBounds(count);
        QueryThreads.run(count, p -> compare(compared, own, space, neighbours, bounds[p], bounds[p + 1]));
        return neighbours;
    }

    /**
     * Adds up the sums of users {@code from} to {@code to} − 1, each over the compared movies in the
     * profile's order whatever the cut, and works out their similarities.
     */
    private void compare(ComparedRatings compared, double[] own, Scratch space, Neighbours neighbours, int from,
                         int to) {
        double[] sums = space.sums;
        int self = neighbours.profile.userIndex();
        int[] cursors = compared.cursorsFrom(from);
        for (int i = 0; i < compared.size(); i++) {
            double ownDeviation = own[i];
            double ownSquare = ownDeviation * ownDeviation;
            int end = ratings.movieEnd(compared.movieAt(i));
            for (int j = cursors[i]; j < end; j++) {
                int v = ratings.movieUserAt(j);
                if (v >= to) {
                    break;
                }
                if (v == self) {
                    continue;
                }
                space.common[v]++;
                double theirs = deviations[j];
                int at = v * Scratch.SUMS;
                sums[at + Scratch.PRODUCT] += ownDeviation * theirs;
                sums[at + Scratch.OWN_SQUARES] += ownSquare;
                sums[at + Scratch.THEIR_SQUARES] += theirs * theirs;
            }
        }
        for (int v = from; v < to; v++) {
            int n = space.common[v];
            if (n == 0) {
                continue;
            }
            int at = v * Scratch.SUMS;
            neighbours.common[v] = n;
            double norm = Math.sqrt(sums[at + Scratch.OWN_SQUARES] * sums[at + Scratch.THEIR_SQUARES]);
            if (n >= MIN_COMMON && norm > 0) {
                neighbours.weight[v] = (n - 1) / (n - 1 + params.shrinkage());
                neighbours.similarity[v] = sums[at + Scratch.PRODUCT] / norm * (n - 1) / (n - 1 + params.shrinkage());
            }
            space.clear(v);
        }
    }

    /**
     * The {@code k} users most similar to the profile, with a positive similarity (an
     * anti-correlated user is no neighbour); distance is 1 − similarity, the shrunk correlation,
     * so the users come in order of distance too.
     */
    public List<Neighbour> nearest(Neighbours neighbours, int k) {
        double[] similarity = neighbours.similarity;
        TopN top = new TopN(k, (a, b) -> {
            int bySimilarity = Double.compare(similarity[b], similarity[a]);
            return bySimilarity != 0 ? bySimilarity : Integer.compare(a, b);
        });
        for (int v = 0; v < similarity.length; v++) {
            if (similarity[v] > 0) {
                top.offer(v);
            }
        }
        List<Neighbour> nearest = new ArrayList<>();
        for (int v : top.best()) {
            nearest.add(new Neighbour(ratings.users().idAt(v), v, 1 - similarity[v], similarity[v],
                    neighbours.common[v], neighbours.weight[v]));
        }
        return nearest;
    }

    /**
     * The profile beside user {@code v}, worked out as {@link #neighbours} does: the same sums in
     * the same order, so the same similarity.
     */
    public NeighbourComparison compare(Neighbours neighbours, int v) {
        Profile profile = neighbours.profile;
        List<CoRatedPair> pairs = new ArrayList<>();
        double product = 0;
        double ownSquares = 0;
        double theirSquares = 0;
        for (int i : ComparedRatings.positions(profile.size())) {
            int m = profile.movieAt(i);
            int j = entryOf(m, v);
            if (j < 0 || v == profile.userIndex()) {
                continue;
            }
            double own = profile.halfStarsAt(i) / 2.0 - baseline.estimate(neighbours.userBias, m);
            double theirs = deviations[j];
            product += own * theirs;
            ownSquares += own * own;
            theirSquares += theirs * theirs;
            pairs.add(new CoRatedPair(m, movies.at(m).displayTitle(), profile.halfStarsAt(i) / 2.0,
                    ratings.movieRatingAt(j)));
        }
        int n = pairs.size();
        double norm = Math.sqrt(ownSquares * theirSquares);
        boolean correlated = n >= MIN_COMMON && norm > 0;
        double similarity = correlated ? product / norm * (n - 1) / (n - 1 + params.shrinkage()) : 0;
        return new NeighbourComparison(ratings.users().idAt(v), v, pairs,
                new MeasureWorking.BaselinePearson(product, ownSquares, theirSquares, correlated ? product / norm : 0),
                new Weighting.Shrinkage(n, params.shrinkage()), similarity, 1 - similarity,
                NeighbourComparison.favourites(ratings, movies, profile, v));
    }

    /** The entry of user {@code v} in movie {@code m}'s per-movie row, whose raters ascend; -1 when v did not rate it. */
    private int entryOf(int m, int v) {
        int low = ratings.movieStart(m);
        int high = ratings.movieEnd(m) - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int at = ratings.movieUserAt(middle);
            if (at == v) {
                return middle;
            }
            if (at < v) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    /**
     * {@link #predict} and the list's score for {@code movie}, term by term: its k most similar
     * raters, summed in the same order.
     */
    public WorkedPrediction.BaselineDeviations work(Neighbours neighbours, int movie, int k) {
        List<WorkedPrediction.DeviationRater> raters = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        double score = 0;
        for (int j : nearestRaters(neighbours, movie, k)) {
            int v = ratings.movieUserAt(j);
            double s = neighbours.similarity[v];
            weighted += s * deviations[j];
            weights += s;
            score += s * ratings.movieRatingAt(j);
            raters.add(new WorkedPrediction.DeviationRater(ratings.users().idAt(v), s, ratings.movieRatingAt(j),
                    deviations[j]));
        }
        double prediction = weights > 0 ? predict(neighbours, movie, new double[] {weighted, weights, raters.size()})
                : baselinePrediction(neighbours, movie);
        return new WorkedPrediction.BaselineDeviations(baseline.mean(), neighbours.userBias, baseline.movieBias(movie),
                raters, weighted, weights, params.prior(), prediction, score);
    }

    /** b_ui plus the neighbours' weighted deviations; empty when none of the movie's raters is similar. */
    public OptionalDouble predict(Neighbours neighbours, int movie, int k) {
        double[] sums = deviationSums(neighbours, movie, k);
        return sums[1] > 0 ? OptionalDouble.of(predict(neighbours, movie, sums)) : OptionalDouble.empty();
    }

    /** The prediction with its reason; the baseline's own estimate when no similar user rated the movie. */
    public RatingEstimate estimate(Neighbours neighbours, int movie, int k) {
        double[] sums = deviationSums(neighbours, movie, k);
        double base = baseline.predict(neighbours.userBias, movie);
        if (sums[1] == 0) {
            return new RatingEstimate(base, baseline.explain(neighbours.userBias, movie));
        }
        double stars = predict(neighbours, movie, sums);
        return new RatingEstimate(stars, new Explanation.BaselineDeviation((int) sums[2], stars - base));
    }

    private double predict(Neighbours neighbours, int movie, double[] sums) {
        return Baseline.clip(baseline.estimate(neighbours.userBias, movie) + sums[0] / (sums[1] + params.prior()));
    }

    /**
     * The similarity-weighted sum of the k nearest raters' deviations, the sum of their
     * similarities, and their number.
     */
    private double[] deviationSums(Neighbours neighbours, int movie, int k) {
        int[] nearest = nearestRaters(neighbours, movie, k);
        double weighted = 0;
        double weights = 0;
        for (int j : nearest) {
            double s = neighbours.similarity[ratings.movieUserAt(j)];
            weighted += s * deviations[j];
            weights += s;
        }
        return new double[] {weighted, weights, nearest.length};
    }

    /**
     * The n unrated movies best backed by their k most similar raters. Goes through the users with
     * a positive similarity, most similar first, and credits each of their movies until it has k
     * raters: the same raters and the same sums, added in the same order, as taking each movie's k
     * most similar raters ({@link #nearestRaters}), at the cost of the similar users' ratings
     * instead of every rating. It stops once the next users, all less similar, can no longer change
     * which n movies lead ({@link #settled}); the listed movies' sums are then completed.
     */
    public RecommendationList recommend(Neighbours neighbours, int k, int n) {
        int movieCount = ratings.movieCount();
        double[] score = new double[movieCount];
        int[] support = new int[movieCount];
        boolean[] rated = new boolean[movieCount];
        neighbours.profile.markUnlistable(rated);
        MostSimilarFirst similarUsers = new MostSimilarFirst(neighbours.similarity);
        int[] leading = new int[0];
        for (int at = 0, nextCheck = FIRST_CHECK; similarUsers.has(at); at++) {
            double s = neighbours.similarity[similarUsers.at(at)];
            if (at == nextCheck) {
                leading = settled(score, support, rated, k, n, s * MAX_STARS);
                if (leading != null) {
                    break;
                }
                nextCheck *= 2;
            }
            int v = similarUsers.at(at);
            for (int i = ratings.userStart(v); i < ratings.userEnd(v); i++) {
                int m = ratings.userMovieAt(i);
                if (!rated[m] && support[m] < k) {
                    support[m]++;
                    score[m] += s * ratings.userRatingAt(i);
                }
            }
        }
        if (leading == null || leading.length == 0) {
            leading = leaders(score, support, n);
        }
        List<Recommendation> items = listed(neighbours, similarUsers, leading, k);
        Shortfall shortfall = items.size() >= n ? null
                : neighbours.profile.size() == 0 ? new Shortfall.NoRatingsForNeighbours()
                : neighbours.profile.size() < MIN_COMMON
                        ? new Shortfall.TooFewRatingsInCommon(neighbours.profile.size(), MIN_COMMON)
                : new Shortfall.FewRatedBySimilar(items.size());
        return new RecommendationList(NAME, items, shortfall);
    }

    /** The n movies with the highest score so far (ties by index), among those with a rater. */
    private static int[] leaders(double[] score, int[] support, int n) {
        TopN top = new TopN(n, (a, b) -> {
            int byScore = Double.compare(score[b], score[a]);
            return byScore != 0 ? byScore : Integer.compare(a, b);
        });
        for (int m = 0; m < score.length; m++) {
            if (support[m] > 0) {
                top.offer(m);
            }
        }
        return top.best();
    }

    /**
     * The n leading movies if no later rater can change them, else null. Scores only grow, by at
     * most {@code perRater} for each of the up to k raters a movie still lacks; the leaders are
     * settled when every other movie, even with all of those, stays below the least of them.
     */
    private static int[] settled(double[] score, int[] support, boolean[] rated, int k, int n, double perRater) {
        int[] leading = leaders(score, support, n);
        if (leading.length < n) {
            return null;
        }
        double least = score[leading[n - 1]];
        if (reachable(0, k, perRater) >= least) {
            return null;
        }
        boolean[] isLeading = new boolean[score.length];
        for (int m : leading) {
            isLeading[m] = true;
        }
        for (int m = 0; m < score.length; m++) {
            if (support[m] > 0 && !isLeading[m] && !rated[m]
                    && reachable(score[m], k - support[m], perRater) >= least) {
                return null;
            }
        }
        return leading;
    }

    /** The most a score can reach with {@code raters} more, widened against rounding. */
    private static double reachable(double score, int raters, double perRater) {
        return (score + raters * perRater) * (1 + 1e-9);
    }

    /**
     * The leading movies with their scores, raters and explanations, best first: goes through the
     * similar users again, most similar first, only until every one of them has k raters.
     */
    private List<Recommendation> listed(Neighbours neighbours, MostSimilarFirst similarUsers, int[] leading, int k) {
        int[] slot = new int[ratings.movieCount()];
        for (int t = 0; t < leading.length; t++) {
            slot[leading[t]] = t + 1;
        }
        int missing = leading.length * k;
        int[] seen = new int[leading.length];
        double[] score = new double[leading.length];
        double[] stars = new double[leading.length];
        double[] weighted = new double[leading.length];
        double[] weights = new double[leading.length];
        for (int at = 0; similarUsers.has(at) && missing > 0; at++) {
            int v = similarUsers.at(at);
            double s = neighbours.similarity[v];
            for (int i = ratings.userStart(v); i < ratings.userEnd(v); i++) {
                int t = slot[ratings.userMovieAt(i)] - 1;
                if (t >= 0 && seen[t] < k) {
                    int m = leading[t];
                    seen[t]++;
                    missing--;
                    float deviation = (float) (ratings.userRatingAt(i) - baseline.estimate(baseline.userBias(v), m));
                    score[t] += s * ratings.userRatingAt(i);
                    stars[t] += ratings.userRatingAt(i);
                    weighted[t] += s * deviation;
                    weights[t] += s;
                }
            }
        }
        Integer[] order = new Integer[leading.length];
        for (int t = 0; t < order.length; t++) {
            order[t] = t;
        }
        Arrays.sort(order, (a, b) -> {
            int byScore = Double.compare(score[b], score[a]);
            return byScore != 0 ? byScore : Integer.compare(leading[a], leading[b]);
        });
        List<Recommendation> items = new ArrayList<>();
        for (int t : order) {
            int m = leading[t];
            double predicted = predict(neighbours, m, new double[] {weighted[t], weights[t], seen[t]});
            items.add(new Recommendation(m, movies.at(m), score[t], seen[t],
                    new Explanation.SimilarRaters(seen[t], stars[t] / seen[t], predicted)));
        }
        return items;
    }

    /** The baseline estimate for the profile, kept within 0.5 to 5 stars: what stands in for an empty prediction. */
    public double baselinePrediction(Neighbours neighbours, int movie) {
        return baseline.predict(neighbours.userBias, movie);
    }

    /** Entries of the movie's per-movie row for its k most similar raters with a positive similarity. */
    private int[] nearestRaters(Neighbours neighbours, int movie, int k) {
        double[] similarity = neighbours.similarity;
        TopN nearest = new TopN(k, (a, b) -> {
            int bySimilarity = Double.compare(similarity[ratings.movieUserAt(b)], similarity[ratings.movieUserAt(a)]);
            return bySimilarity != 0 ? bySimilarity : Integer.compare(a, b);
        });
        for (int j = ratings.movieStart(movie); j < ratings.movieEnd(movie); j++) {
            if (similarity[ratings.movieUserAt(j)] > 0) {
                nearest.offer(j);
            }
        }
        return nearest.best();
    }

    /** A profile with its baseline user bias and its similarity to every user of the training data. */
    public static final class Neighbours {
        private final Profile profile;
        private final double userBias;
        private final double[] similarity;
        private final double[] weight;
        private final int[] common;

        private Neighbours(Profile profile, double userBias, double[] similarity, double[] weight, int[] common) {
            this.profile = profile;
            this.userBias = userBias;
            this.similarity = similarity;
            this.weight = weight;
            this.common = common;
        }

        public Profile profile() {
            return profile;
        }

        public double similarity(int user) {
            return similarity[user];
        }
    }

    /** Per-thread sums per user, the three of one user side by side in {@link #sums}; cleared after each profile. */
    private static final class Scratch {
        static final int SUMS = 3;
        static final int PRODUCT = 0;
        static final int OWN_SQUARES = 1;
        static final int THEIR_SQUARES = 2;

        final int[] common;
        final double[] sums;

        Scratch(int users) {
            common = new int[users];
            sums = new double[users * SUMS];
        }

        void clear(int v) {
            common[v] = 0;
            Arrays.fill(sums, v * SUMS, (v + 1) * SUMS, 0);
        }
    }
}
