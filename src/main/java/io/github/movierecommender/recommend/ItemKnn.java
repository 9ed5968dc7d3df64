package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Item-based neighbours. Two movies are alike when the same people rate them. For lists, movie j is
 * as similar to movie i as a random walk from i to one of its raters and on to one of that rater's
 * movies is likely to end at j, divided by j's rater count to the power β so that blockbusters do
 * not neighbour everything (RP3β, Paudel et al. 2017): Σ over co-raters u of 1 / (raters of i ·
 * ratings of u) / (raters of j)^β. For predicted ratings, the Pearson correlation of the co-raters'
 * deviations from a baseline (global mean plus user and movie biases), shrunk by (c − 1) / (c − 1 +
 * 100) for c co-raters, as in Koren's KNNBaseline. Only the most similar movies of each movie are
 * kept. A list ranks each unrated movie by the summed similarity to the movies the profile liked
 * (rated at or above its own mean); a prediction is the baseline plus the similarity-weighted
 * deviations of the k most similar movies the profile rated. Movies are compared by at most
 * {@link ItemKnnParams#ratingsPerUser()} ratings of each user, a seeded sample of a heavier user's
 * ({@link CappedRatings}), and the walks and rater counts are those of the ratings kept. Immutable
 * after training: scoring is thread-safe.
 */
public final class ItemKnn {

    static final String NAME = "item neighbours";
    /** One pass of {@link Baseline}'s alternating fit: movie biases damped by 10 ratings, then user biases by 15. */
    private static final BaselineParams ONE_PASS = new BaselineParams(10, 15, 1);
    private static final double CORRELATION_SHRINKAGE = 100;
    private static final int NAMED_REASONS = 2;
    /** Samples heavy users' ratings when no seed is given, so that a build repeats. */
    static final long SAMPLE_SEED = 0x17E4C;

    private final Dataset dataset;
    private final ItemKnnParams params;
    private final Baseline baseline;
    /** Per movie, its kept list neighbours best first, and their similarities. */
    private final int[][] listNeighbours;
    private final float[][] listSimilarities;
    private final int[][] ratingNeighbours;
    private final float[][] ratingSimilarities;

    private ItemKnn(Dataset dataset, ItemKnnParams params, Baseline baseline, int movies) {
        this.dataset = dataset;
        this.params = params;
        this.baseline = baseline;
        this.listNeighbours = new int[movies][];
        this.listSimilarities = new float[movies][];
        this.ratingNeighbours = new int[movies][];
        this.ratingSimilarities = new float[movies][];
    }

    /**
     * Computes the neighbours of every movie from {@code training}'s ratings, one movie per task,
     * heavy users sampled with a fixed seed. Time grows with the sum over users of their kept rating
     * count squared; memory with movies · {@link ItemKnnParams#neighbours()} plus the kept ratings.
     */
    public static ItemKnn train(Dataset training, ItemKnnParams params, BuildMonitor monitor) {
        return train(training, params, SAMPLE_SEED, monitor);
    }

    /** As {@link #train(Dataset, ItemKnnParams, BuildMonitor)}, heavy users sampled with {@code seed}. */
    public static ItemKnn train(Dataset training, ItemKnnParams params, long seed, BuildMonitor monitor) {
        Ratings ratings = training.ratings();
        Baseline baseline = Baseline.train(ratings, ONE_PASS, BuildMonitor.NONE);
        CappedRatings capped = CappedRatings.of(ratings, baseline, params.ratingsPerUser(), seed);
        ItemKnn model = new ItemKnn(training, params, baseline, ratings.movieCount());
        double[] popularity = new double[ratings.movieCount()];
        for (int m = 0; m < popularity.length; m++) {
            popularity[m] = Math.pow(capped.movieCount(m), params.popularityDamping());
        }
        ThreadLocal<CoRatings> scratch = ThreadLocal.withInitial(() -> new CoRatings(ratings.movieCount()));
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, ratings.movieCount()).parallel().forEach(m -> {
            monitor.stopIfCancelled();
            model.findNeighbours(m, capped, popularity, scratch.get());
            int finished = done.incrementAndGet();
            if (finished % 256 == 0) {
                monitor.progress(finished / (double) ratings.movieCount());
            }
        });
        monitor.progress(1);
        return model;
    }

    public ItemKnnParams params() {
        return params;
    }

    /** {@code popularity} holds each movie's kept rater count to the power β. */
    private void findNeighbours(int m, CappedRatings ratings, double[] popularity, CoRatings space) {
        int touched = 0;
        int[] count = space.count;
        double[] sums = space.sums;
        for (int i = ratings.movieStart(m); i < ratings.movieEnd(m); i++) {
            int u = ratings.movieUserAt(i);
            double deviation = baseline.deviation(u, m, ratings.movieStarsAt(i));
            double squared = deviation * deviation;
            double walk = 1.0 / ratings.userCount(u);
            for (int j = ratings.userStart(u); j < ratings.userEnd(u); j++) {
                int other = ratings.userMovieAt(j);
                if (count[other]++ == 0) {
                    space.touched[touched++] = other;
                }
                double otherDeviation = ratings.userDeviationAt(j);
                int at = other * CoRatings.SUMS;
                sums[at + CoRatings.PRODUCT] += deviation * otherDeviation;
                sums[at + CoRatings.WALKS] += walk;
                sums[at + CoRatings.SQUARES] += squared;
                sums[at + CoRatings.OTHER_SQUARES] += otherDeviation * otherDeviation;
            }
        }
        double raters = ratings.movieCount(m);
        TopN byList = new TopN(params.neighbours(), (a, b) -> byValueThenIndex(space.list, a, b));
        TopN byRating = new TopN(params.neighbours(), (a, b) -> byValueThenIndex(space.rating, a, b));
        for (int t = 0; t < touched; t++) {
            int other = space.touched[t];
            if (other == m) {
                continue;
            }
            int common = count[other];
            int at = other * CoRatings.SUMS;
            space.list[other] = sums[at + CoRatings.WALKS] / raters / popularity[other];
            byList.offer(other);
            double spread = Math.sqrt(sums[at + CoRatings.SQUARES] * sums[at + CoRatings.OTHER_SQUARES]);
            double correlation = spread > 0 ? sums[at + CoRatings.PRODUCT] / spread : 0;
            space.rating[other] = correlation * (common - 1) / (common - 1 + CORRELATION_SHRINKAGE);
            if (space.rating[other] > 0) {
                byRating.offer(other);
            }
        }
        listNeighbours[m] = byList.best();
        listSimilarities[m] = similarities(listNeighbours[m], space.list);
        ratingNeighbours[m] = byRating.best();
        ratingSimilarities[m] = similarities(ratingNeighbours[m], space.rating);
        for (int t = 0; t < touched; t++) {
            space.clear(space.touched[t]);
        }
    }

    private static int byValueThenIndex(double[] value, int a, int b) {
        int byValue = Double.compare(value[b], value[a]);
        return byValue != 0 ? byValue : Integer.compare(a, b);
    }

    private static float[] similarities(int[] movies, double[] similarity) {
        float[] kept = new float[movies.length];
        for (int i = 0; i < movies.length; i++) {
            kept[i] = (float) similarity[movies[i]];
        }
        return kept;
    }

    /** The best {@code n} movies the profile has not rated, by summed similarity to the movies it liked. */
    public RecommendationList recommend(Profile profile, int n) {
        int movieCount = dataset.ratings().movieCount();
        double[] score = new double[movieCount];
        boolean[] reached = new boolean[movieCount];
        TopN top = new TopN(n, (a, b) -> byValueThenIndex(score, a, b));
        int liked = 0;
        for (int i = 0; i < profile.size(); i++) {
            if (liked(profile, i)) {
                liked++;
                int m = profile.movieAt(i);
                for (int j = 0; j < listNeighbours[m].length; j++) {
                    int other = listNeighbours[m][j];
                    score[other] += listSimilarities[m][j];
                    reached[other] = true;
                }
            }
        }
        int candidates = 0;
        for (int m = 0; m < movieCount; m++) {
            if (reached[m] && profile.mayList(m)) {
                top.offer(m);
                candidates++;
            }
        }
        int[] best = top.best();
        Explanation[] explanations = explain(profile, best);
        List<Recommendation> items = new ArrayList<>();
        for (int r = 0; r < best.length; r++) {
            int m = best[r];
            items.add(new Recommendation(m, dataset.movies().at(m), score[m], dataset.ratings().movieRatingCount(m),
                    explanations[r]));
        }
        Shortfall reason = items.size() >= n ? null
                : liked == 0 ? new Shortfall.NoLikedMovies()
                : new Shortfall.FewCoRated(candidates);
        return new RecommendationList("item-knn", items, reason);
    }

    /** The rated movies at or above the profile's own mean rating. */
    private static boolean liked(Profile profile, int i) {
        return profile.halfStarsAt(i) / 2.0 >= profile.mean();
    }

    /**
     * Per listed movie, the liked movies that pull it up most: the {@value #NAMED_REASONS} with the
     * highest similarity to it, earlier in the profile first on a tie. One pass over the liked
     * movies' neighbours for the whole list.
     */
    private Explanation[] explain(Profile profile, int[] listed) {
        int[] rankPlusOne = new int[dataset.ratings().movieCount()];
        for (int r = 0; r < listed.length; r++) {
            rankPlusOne[listed[r]] = r + 1;
        }
        int[][] reasons = new int[listed.length][NAMED_REASONS];
        double[][] strengths = new double[listed.length][NAMED_REASONS];
        int[] found = new int[listed.length];
        for (int i = 0; i < profile.size(); i++) {
            if (!liked(profile, i)) {
                continue;
            }
            int m = profile.movieAt(i);
            for (int j = 0; j < listNeighbours[m].length; j++) {
                int r = rankPlusOne[listNeighbours[m][j]] - 1;
                if (r >= 0 && listSimilarities[m][j] > 0) {
                    found[r] = keepStrongest(reasons[r], strengths[r], found[r], i, listSimilarities[m][j]);
                }
            }
        }
        Explanation[] explanations = new Explanation[listed.length];
        for (int r = 0; r < listed.length; r++) {
            List<String> titles = new ArrayList<>();
            for (int t = 0; t < found[r]; t++) {
                titles.add(dataset.movies().at(profile.movieAt(reasons[r][t])).displayTitle());
            }
            explanations[r] = new Explanation.LikedAlike(titles);
        }
        return explanations;
    }

    /**
     * Inserts profile position {@code i} with {@code strength} among the {@code found} strongest kept
     * so far, strongest first; positions come in ascending order, so a tie keeps the earlier one.
     * Returns how many are kept now.
     */
    private static int keepStrongest(int[] positions, double[] strengths, int found, int i, double strength) {
        int at = found;
        while (at > 0 && strength > strengths[at - 1]) {
            at--;
        }
        if (at >= positions.length) {
            return found;
        }
        int kept = Math.min(found + 1, positions.length);
        for (int t = kept - 1; t > at; t--) {
            positions[t] = positions[t - 1];
            strengths[t] = strengths[t - 1];
        }
        positions[at] = i;
        strengths[at] = strength;
        return kept;
    }

    /**
     * The most similar movies to one movie, by its co-raters, leaving out the ones the profile rated;
     * at most {@link ItemKnnParams#neighbours()} of them.
     */
    public RecommendationList moreLikeThis(int movie, Profile profile, int n) {
        String title = dataset.movies().at(movie).displayTitle();
        List<Recommendation> items = new ArrayList<>();
        Ratings ratings = dataset.ratings();
        for (int j = 0; j < listNeighbours[movie].length && items.size() < n; j++) {
            int other = listNeighbours[movie][j];
            if (profile.mayList(other)) {
                items.add(new Recommendation(other, dataset.movies().at(other), listSimilarities[movie][j],
                        ratings.movieRatingCount(other),
                        new Explanation.CoRated(title, ratings.movieRatingCount(other))));
            }
        }
        Shortfall reason = items.size() >= n ? null
                : ratings.movieRatingCount(movie) == 0 ? new Shortfall.NoRatersOf(title)
                : new Shortfall.FewSharingRaters(items.size(), title);
        return new RecommendationList("more-like-this", items, reason);
    }

    /**
     * The profile's predicted rating of a movie: the baseline plus the similarity-weighted deviations
     * of the k most similar movies it rated; empty when it rated none of the movie's neighbours.
     */
    public OptionalDouble predict(Profile profile, int movie) {
        return predict(profile, movie, term -> { });
    }

    /** As {@link #predict(Profile, int)}, telling {@code terms} each rated movie it weighs, in order. */
    private OptionalDouble predict(Profile profile, int movie, Consumer<WorkedPrediction.RatedNeighbour> terms) {
        double userBias = baseline.userBias(profile);
        double weighted = 0;
        double weights = 0;
        int used = 0;
        for (int j = 0; j < ratingNeighbours[movie].length && used < params.k(); j++) {
            int other = ratingNeighbours[movie][j];
            int at = indexIn(profile, other);
            if (at >= 0) {
                double deviation = profile.halfStarsAt(at) / 2.0 - baseline.mean() - userBias - baseline.movieBias(other);
                weighted += ratingSimilarities[movie][j] * deviation;
                weights += ratingSimilarities[movie][j];
                used++;
                terms.accept(new WorkedPrediction.RatedNeighbour(other, dataset.movies().at(other).displayTitle(),
                        ratingSimilarities[movie][j], profile.halfStarsAt(at) / 2.0, deviation));
            }
        }
        return weights > 0
                ? OptionalDouble.of(Baseline.clip(baseline.mean() + userBias + baseline.movieBias(movie) + weighted / weights))
                : OptionalDouble.empty();
    }

    /**
     * {@code movie}'s list score (the likeness summed over the liked movies, in the list's order)
     * and its predicted rating, term by term.
     */
    public WorkedPrediction.ItemBased work(Profile profile, int movie) {
        List<WorkedPrediction.LikedMovie> liked = new ArrayList<>();
        double score = 0;
        for (int i = 0; i < profile.size(); i++) {
            int m = profile.movieAt(i);
            int j = liked(profile, i) ? neighbourAt(listNeighbours[m], movie) : -1;
            if (j >= 0) {
                score += listSimilarities[m][j];
                liked.add(new WorkedPrediction.LikedMovie(m, dataset.movies().at(m).displayTitle(),
                        profile.halfStarsAt(i) / 2.0, listSimilarities[m][j]));
            }
        }
        List<WorkedPrediction.RatedNeighbour> rated = new ArrayList<>();
        OptionalDouble prediction = predict(profile, movie, rated::add);
        double weighted = 0;
        double weights = 0;
        for (WorkedPrediction.RatedNeighbour term : rated) {
            weighted += term.similarity() * term.deviation();
            weights += term.similarity();
        }
        return new WorkedPrediction.ItemBased(liked, score, baseline.mean(), baseline.userBias(profile),
                baseline.movieBias(movie), rated, weighted, weights, prediction);
    }

    private static int neighbourAt(int[] neighbours, int movie) {
        for (int j = 0; j < neighbours.length; j++) {
            if (neighbours[j] == movie) {
                return j;
            }
        }
        return -1;
    }

    /** Global mean plus the profile's and the movie's biases. */
    public double baseline(Profile profile, int movie) {
        return baseline.predict(baseline.userBias(profile), movie);
    }

    private static int indexIn(Profile profile, int movie) {
        int low = 0;
        int high = profile.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int at = profile.movieAt(middle);
            if (at == movie) {
                return middle;
            }
            if (at < movie) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    /**
     * Per-thread sums over the co-raters of one movie and each other movie; cleared after each movie
     * (the similarities in {@link #list} and {@link #rating} are written before they are read).
     * The four sums of one movie sit side by side in {@link #sums}, so that adding to them touches
     * one cache line.
     */
    private static final class CoRatings {
        static final int SUMS = 4;
        static final int PRODUCT = 0;
        static final int WALKS = 1;
        static final int SQUARES = 2;
        static final int OTHER_SQUARES = 3;

        final int[] count;
        final int[] touched;
        final double[] sums;
        final double[] list;
        final double[] rating;

        CoRatings(int movies) {
            count = new int[movies];
            touched = new int[movies];
            sums = new double[movies * SUMS];
            list = new double[movies];
            rating = new double[movies];
        }

        void clear(int movie) {
            count[movie] = 0;
            int at = movie * SUMS;
            sums[at + PRODUCT] = 0;
            sums[at + WALKS] = 0;
            sums[at + SQUARES] = 0;
            sums[at + OTHER_SQUARES] = 0;
        }
    }
}
