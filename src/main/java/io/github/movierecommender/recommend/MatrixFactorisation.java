package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.MovieCatalog;
import io.github.movierecommender.data.Ratings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Biased matrix factorisation (Funk's SVD as in Surprise's SVD): r̂_ui = μ + b_u + b_i + p_u · q_i,
 * fitted by stochastic gradient descent. Each pass goes through the {@link SgdBlocks} strata one
 * after another, the blocks of a stratum in parallel (they share no user and no movie), each block
 * in a seeded random order (users in random order, each user's ratings in random order, which
 * keeps a user's factors in the cache), so the same seed gives the same model on any number of
 * threads. {@link #trainTuned} chooses the regularisation and the number of passes on a seeded
 * hold-out of the training ratings (of a sample of users on large datasets), then retrains on all
 * of them.
 * A dataset user is scored with its trained factors; an ad-hoc profile's bias and factors are
 * solved from its ratings against the trained movie factors (ridge regression, "folding in").
 * Immutable once trained; scoring is thread-safe.
 */
public final class MatrixFactorisation {

    private static final String NAME = "matrix factorisation";
    private static final double INIT_STD = 0.1;

    static final int FACTORS = 50;
    static final double LEARNING_RATE = 0.02;
    static final double[] REGULARISATIONS = {0.05, 0.1, 0.15};
    static final int MAX_EPOCHS = 40;
    static final double INNER_SHARE = 0.1;
    /** Tuning looks at most this many ratings (whole users, a seeded sample): all of ml-latest-small, 1/16 of 32M. */
    static final int MAX_TUNING_RATINGS = 2_000_000;
    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    /**
     * Passes without a better held-out RMSE after which a tuning run stops, once it has made the
     * first passes: with few ratings the factors grow slowly and the RMSE falls only after a while.
     */
    static final int PATIENCE = 3;
    static final int MIN_EPOCHS = 10;
    private static final int EXPLAINING_MOVIES = 2;

    private final MfParams params;
    private final MovieCatalog movies;
    private final int[] votes;
    private final double mean;
    private final double[] userBias;
    private final double[] movieBias;
    private final float[] userFactors;
    private final float[] movieFactors;

    private MatrixFactorisation(MfParams params, MovieCatalog movies, int[] votes, double mean,
                                double[] userBias, double[] movieBias, float[] userFactors,
                                float[] movieFactors) {
        this.params = params;
        this.movies = movies;
        this.votes = votes;
        this.mean = mean;
        this.userBias = userBias;
        this.movieBias = movieBias;
        this.userFactors = userFactors;
        this.movieFactors = movieFactors;
    }

    public static MatrixFactorisation train(Dataset dataset, MfParams params, BuildMonitor training) {
        return train(dataset, params, training, THREADS);
    }

    static MatrixFactorisation train(Dataset dataset, MfParams params, BuildMonitor training, int threads) {
        return fit(dataset.ratings(), dataset.movies(), params, training, null, null, threads);
    }

    /**
     * Chooses the regularisation and passes on an inner hold-out of a seeded sample of at most
     * {@link #MAX_TUNING_RATINGS} ratings (whole users), then trains on every rating.
     */
    public static MatrixFactorisation trainTuned(Dataset dataset, long seed, BuildMonitor training) {
        return trainTuned(dataset, seed, training, THREADS);
    }

    static MatrixFactorisation trainTuned(Dataset dataset, long seed, BuildMonitor training, int threads) {
        InnerSplit inner = InnerSplit.of(UserSample.of(dataset.ratings(), MAX_TUNING_RATINGS, seed), INNER_SHARE,
                seed);
        MfParams best = null;
        double bestRmse = Double.POSITIVE_INFINITY;
        double tuningShare = tuningShare(inner.fit().size(), dataset.ratings().size());
        for (int r = 0; r < REGULARISATIONS.length; r++) {
            MfParams params = new MfParams(FACTORS, LEARNING_RATE, REGULARISATIONS[r], MAX_EPOCHS, seed);
            double[] rmse = new double[MAX_EPOCHS];
            fit(inner.fit(), dataset.movies(), params, training.part(tuningShare * r / REGULARISATIONS.length,
                    tuningShare * (r + 1) / REGULARISATIONS.length), inner, rmse, threads);
            for (int epoch = 0; epoch < MAX_EPOCHS; epoch++) {
                if (rmse[epoch] < bestRmse) {
                    bestRmse = rmse[epoch];
                    best = params.withEpochs(epoch + 1);
                }
            }
        }
        return train(dataset, best, training.part(tuningShare, 1), threads);
    }

    /** The share of the progress for tuning: three fits on the tuning ratings, then one on all of them. */
    private static double tuningShare(int tuningRatings, int allRatings) {
        double tuning = 3.0 * tuningRatings;
        return tuning / (tuning + allRatings);
    }

    /**
     * Trains with {@code check} held out and records its RMSE after every pass in
     * {@code rmseByEpoch} (length params.epochs()); stops early, leaving infinity for the passes
     * not run, once {@link #PATIENCE} passes in a row after the first {@link #MIN_EPOCHS} bring
     * no better RMSE. The blocks of each stratum run on up to {@code threads} threads; the model
     * is the same for any number.
     */
    static MatrixFactorisation fit(Ratings ratings, MovieCatalog movies, MfParams params, BuildMonitor training,
                                   InnerSplit check, double[] rmseByEpoch, int threads) {
        int f = params.factors();
        SplittableRandom random = new SplittableRandom(params.seed());
        double sum = 0;
        for (int i = 0; i < ratings.size(); i++) {
            sum += ratings.userHalfStarsAt(i);
        }
        double mean = ratings.size() == 0 ? 0 : sum / 2 / ratings.size();
        double[] userBias = new double[ratings.userCount()];
        double[] movieBias = new double[ratings.movieCount()];
        float[] userFactors = gaussian(ratings.userCount() * f, random);
        float[] movieFactors = gaussian(ratings.movieCount() * f, random);
        int[] votes = new int[ratings.movieCount()];
        for (int m = 0; m < votes.length; m++) {
            votes[m] = ratings.movieRatingCount(m);
        }
        MatrixFactorisation model = new MatrixFactorisation(params, movies, votes, mean, userBias, movieBias,
                userFactors, movieFactors);
        SgdBlocks blocks = new SgdBlocks(ratings);
        ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
        try {
            for (int epoch = 0; epoch < params.epochs(); epoch++) {
                for (int stratum = 0; stratum < SgdBlocks.COUNT; stratum++) {
                    training.step((epoch + (double) stratum / SgdBlocks.COUNT) / params.epochs());
                    model.stratum(ratings, blocks, stratum, streams(random), pool);
                }
                if (check != null) {
                    rmseByEpoch[epoch] = model.rmse(check);
                    if (epoch >= MIN_EPOCHS && epoch - bestEpoch(rmseByEpoch, epoch) >= PATIENCE) {
                        Arrays.fill(rmseByEpoch, epoch + 1, rmseByEpoch.length, Double.POSITIVE_INFINITY);
                        break;
                    }
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        training.step(1);
        return model;
    }

    /** One generator per block of a stratum, split off in a fixed order. */
    private static SplittableRandom[] streams(SplittableRandom random) {
        SplittableRandom[] streams = new SplittableRandom[SgdBlocks.COUNT];
        for (int b = 0; b < streams.length; b++) {
            streams[b] = random.split();
        }
        return streams;
    }

    /** Fits the blocks (b, (b + stratum) mod COUNT) of one stratum, in parallel when given a pool. */
    private void stratum(Ratings ratings, SgdBlocks blocks, int stratum, SplittableRandom[] streams,
                         ForkJoinPool pool) {
        IntConsumer fitBlock = b -> block(ratings, blocks, b, (b + stratum) % SgdBlocks.COUNT, streams[b]);
        if (pool == null) {
            IntStream.range(0, SgdBlocks.COUNT).forEach(fitBlock);
        } else {
            pool.submit(() -> IntStream.range(0, SgdBlocks.COUNT).parallel().forEach(fitBlock)).join();
        }
    }

    /**
     * Stochastic gradient descent over one block: its users in a random order, each one's ratings
     * of the block's movies in a random order (which keeps a user's factors in the cache).
     */
    private void block(Ratings ratings, SgdBlocks blocks, int userBlock, int movieBlock, SplittableRandom random) {
        int f = params.factors();
        float lr = (float) params.learningRate();
        float reg = (float) params.regularisation();
        int[] users = blocks.users(userBlock);
        int[] order = blocks.entries();
        SeededShuffle.shuffle(users, 0, users.length, random);
        for (int u : users) {
            int start = blocks.start(u, movieBlock);
            int end = blocks.end(u, movieBlock);
            SeededShuffle.shuffle(order, start, end, random);
            int pu = u * f;
            for (int at = start; at < end; at++) {
                int i = order[at];
                int m = ratings.userMovieAt(i);
                int qi = m * f;
                float error = (float) (ratings.userRatingAt(i) - mean - userBias[u] - movieBias[m]
                        - floatDot(userFactors, pu, movieFactors, qi, f));
                userBias[u] += lr * (error - reg * userBias[u]);
                movieBias[m] += lr * (error - reg * movieBias[m]);
                for (int k = 0; k < f; k++) {
                    float p = userFactors[pu + k];
                    float q = movieFactors[qi + k];
                    userFactors[pu + k] = p + lr * (error * q - reg * p);
                    movieFactors[qi + k] = q + lr * (error * p - reg * q);
                }
            }
        }
    }

    /** Four running sums, so that the additions need not wait for one another. */
    private static float floatDot(float[] a, int atA, float[] b, int atB, int length) {
        float first = 0;
        float second = 0;
        float third = 0;
        float fourth = 0;
        int k = 0;
        for (; k + 3 < length; k += 4) {
            first += a[atA + k] * b[atB + k];
            second += a[atA + k + 1] * b[atB + k + 1];
            third += a[atA + k + 2] * b[atB + k + 2];
            fourth += a[atA + k + 3] * b[atB + k + 3];
        }
        for (; k < length; k++) {
            first += a[atA + k] * b[atB + k];
        }
        return (first + second) + (third + fourth);
    }

    private static int bestEpoch(double[] rmseByEpoch, int last) {
        int best = 0;
        for (int epoch = 1; epoch <= last; epoch++) {
            best = rmseByEpoch[epoch] < rmseByEpoch[best] ? epoch : best;
        }
        return best;
    }

    public MfParams params() {
        return params;
    }

    /** The prediction for dataset user {@code u}, kept within 0.5 to 5 stars. */
    public double predict(int u, int movie) {
        return Baseline.clip(mean + userBias[u] + movieBias[movie] + dot(userFactors, u * params.factors(), movie));
    }

    /** A dataset user's trained bias and factors, or those an ad-hoc profile's ratings give. */
    public Taste taste(Profile profile) {
        int f = params.factors();
        if (profile.isDatasetUser()) {
            float[] factors = Arrays.copyOfRange(userFactors, profile.userIndex() * f,
                    (profile.userIndex() + 1) * f);
            return new Taste(profile, userBias[profile.userIndex()], factors);
        }
        return foldIn(profile);
    }

    public double predict(Taste taste, int movie) {
        return Baseline.clip(mean + taste.bias + movieBias[movie] + dot(taste.factors, 0, movie));
    }

    public RatingEstimate estimate(Taste taste, int movie) {
        return new RatingEstimate(predict(taste, movie), explain(taste, movie));
    }

    /**
     * The n unrated movies with the highest predicted rating times ln(1 + its number of ratings):
     * the top predicted ratings alone are obscure movies with a handful of high ratings, which
     * ranked worst of four list scores measured on an inner split.
     */
    public RecommendationList recommend(Profile profile, int n) {
        return recommend(taste(profile), n);
    }

    /** As {@link #recommend(Profile, int)}, for a profile whose taste is already known. */
    public RecommendationList recommend(Taste taste, int n) {
        Profile profile = taste.profile;
        double[] score = new double[movieBias.length];
        TopN top = new TopN(n, (a, b) -> {
            int byScore = Double.compare(score[b], score[a]);
            return byScore != 0 ? byScore : Integer.compare(a, b);
        });
        for (int m = 0; m < movieBias.length; m++) {
            if (profile.mayList(m) && votes[m] > 0) {
                score[m] = predict(taste, m) * Math.log1p(votes[m]);
                top.offer(m);
            }
        }
        List<Recommendation> items = new ArrayList<>();
        for (int m : top.best()) {
            items.add(new Recommendation(m, movies.at(m), predict(taste, m), votes[m], explain(taste, m)));
        }
        return new RecommendationList("mf", items,
                items.size() < n ? new Shortfall.FewRatedLeft(items.size()) : null);
    }

    double rmse(InnerSplit check) {
        double squares = 0;
        for (int i = 0; i < check.size(); i++) {
            double error = predict(check.users()[i], check.movies()[i]) - check.stars(i);
            squares += error * error;
        }
        return Math.sqrt(squares / Math.max(1, check.size()));
    }

    private double dot(float[] user, int from, int movie) {
        int f = params.factors();
        double dot = 0;
        for (int k = 0; k < f; k++) {
            dot += user[from + k] * movieFactors[movie * f + k];
        }
        return dot;
    }

    private double movieDot(int a, int b) {
        int f = params.factors();
        double dot = 0;
        for (int k = 0; k < f; k++) {
            dot += movieFactors[a * f + k] * movieFactors[b * f + k];
        }
        return dot;
    }

    /**
     * Names the rated movies that pull this one up most: how far the user rated each above the
     * model's biases, times how close its factors are to this movie's.
     */
    private Explanation explain(Taste taste, int movie) {
        Profile profile = taste.profile;
        double[] pull = new double[profile.size()];
        TopN strongest = new TopN(EXPLAINING_MOVIES, (a, b) -> {
            int byPull = Double.compare(pull[b], pull[a]);
            return byPull != 0 ? byPull : Integer.compare(a, b);
        });
        for (int i = 0; i < profile.size(); i++) {
            int j = profile.movieAt(i);
            double surprise = profile.halfStarsAt(i) / 2.0 - mean - taste.bias - movieBias[j];
            pull[i] = surprise * movieDot(j, movie);
            if (pull[i] > 0) {
                strongest.offer(i);
            }
        }
        List<String> titles = new ArrayList<>();
        for (int i : strongest.best()) {
            titles.add(movies.at(profile.movieAt(i)).displayTitle());
        }
        return new Explanation.FactorPull(titles, votes[movie]);
    }

    /** Ridge regression of the profile's ratings minus μ + b_i on [1, q_i], with the training's penalty per rating. */
    private Taste foldIn(Profile profile) {
        int f = params.factors();
        int size = f + 1;
        double[][] a = new double[size][size + 1];
        for (int i = 0; i < profile.size(); i++) {
            int m = profile.movieAt(i);
            double target = profile.halfStarsAt(i) / 2.0 - mean - movieBias[m];
            double[] x = new double[size];
            x[0] = 1;
            for (int k = 0; k < f; k++) {
                x[k + 1] = movieFactors[m * f + k];
            }
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < size; c++) {
                    a[r][c] += x[r] * x[c];
                }
                a[r][size] += x[r] * target;
            }
        }
        double penalty = params.regularisation() * Math.max(1, profile.size());
        for (int r = 0; r < size; r++) {
            a[r][r] += penalty;
        }
        double[] solution = Gauss.solve(a);
        float[] factors = new float[f];
        for (int k = 0; k < f; k++) {
            factors[k] = (float) solution[k + 1];
        }
        return new Taste(profile, solution[0], factors);
    }

    /** A profile's user bias and latent factors. */
    public static final class Taste {
        private final Profile profile;
        private final double bias;
        private final float[] factors;

        private Taste(Profile profile, double bias, float[] factors) {
            this.profile = profile;
            this.bias = bias;
            this.factors = factors;
        }

        public Profile profile() {
            return profile;
        }
    }

    private static float[] gaussian(int size, SplittableRandom random) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) (random.nextGaussian() * INIT_STD);
        }
        return values;
    }
}
