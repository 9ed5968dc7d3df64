package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Implicit-feedback matrix factorisation (Hu, Koren and Volinsky 2008): a rating of 3 stars or more
 * says "likes it", a lower one "does not", as a movie not rated does; the further a rating from
 * 2.5 stars, the surer. A movie's score for a person is the dot product of their factors, less the
 * movie's price when the lists are spread ({@link ListSpread}: movies that top most lists give way
 * a little to those just below). Any profile, a dataset user's or an ad-hoc one, is folded in by
 * solving its factors exactly from the trained movie factors, so lists never depend on a stale
 * training state. Immutable after training, so scoring is thread-safe.
 */
public final class ImplicitAls {

    static final String NAME = "ALS";
    private static final int NAMED_REASONS = 2;

    private static final double TRAINING_SHARE_WITH_SPREAD = 0.9;

    private final Dataset dataset;
    private final ImplicitAlsParams params;
    private final double spread;
    private final int f;
    private final double[] movies;
    private final double[] gram;
    /** Subtracted from each movie's score: {@link ListSpread}'s prices, all 0 without spread. */
    private final double[] prices;

    private ImplicitAls(Dataset dataset, ImplicitAlsParams params, double spread, AlsFactors factors,
                        double[] prices) {
        this.dataset = dataset;
        this.params = params;
        this.spread = spread;
        this.f = params.factors();
        this.movies = factors.movies;
        this.gram = factors.gram(factors.movies, dataset.ratings().movieCount());
        this.prices = prices;
    }

    /** Trains on every rating of {@code training} with fixed settings. */
    public static ImplicitAls train(Dataset training, ImplicitAlsParams params, BuildMonitor monitor) {
        return train(training, params, 0, monitor);
    }

    /**
     * Trains on every rating of {@code training} with fixed settings, then, for a {@code spread}
     * above 0, prices the movies so that lists spread ({@link ListSpread}, prices of scale
     * {@code spread} from the training users' lists).
     */
    public static ImplicitAls train(Dataset training, ImplicitAlsParams params, double spread,
                                    BuildMonitor monitor) {
        return train(training, params, spread, new AlsFactors(training.ratings(), params), monitor);
    }

    /**
     * As {@link #train(Dataset, ImplicitAlsParams, double, BuildMonitor)}, warm: from factors
     * trained on part of {@code training}'s ratings (same users and movies), whose users are first
     * solved again from their movies, then {@code params.iterations()} passes over all the ratings.
     */
    static ImplicitAls trainFrom(Dataset training, ImplicitAlsParams params, double spread, AlsFactors start,
                                 BuildMonitor monitor) {
        AlsFactors factors = start.continuedWith(training.ratings(), params);
        factors.solveUsers(monitor);
        return train(training, params, spread, factors, monitor);
    }

    private static ImplicitAls train(Dataset training, ImplicitAlsParams params, double spread, AlsFactors factors,
                                     BuildMonitor monitor) {
        BuildMonitor fitting = spread > 0 ? monitor.part(0, TRAINING_SHARE_WITH_SPREAD) : monitor;
        for (int i = 0; i < params.iterations(); i++) {
            fitting.stopIfCancelled();
            factors.iterate(fitting);
            fitting.progress((i + 1) / (double) params.iterations());
        }
        Ratings ratings = training.ratings();
        double[] prices = new double[ratings.movieCount()];
        if (spread > 0) {
            ListSpread.Candidates candidates = factors.candidates(ListSpread.users(ratings, params.seed()),
                    ListSpread.CANDIDATES);
            prices = ListSpread.prices(candidates, ratings.movieCount(), spread, ListSpread.LIST_LENGTH, monitor);
            monitor.progress(1);
        }
        return new ImplicitAls(training, params, spread, factors, prices);
    }

    public ImplicitAlsParams params() {
        return params;
    }

    /** The scale of the prices that spread the lists; 0 for none. */
    public double spread() {
        return spread;
    }

    /** The best {@code n} movies the profile has not rated, among those with training ratings. */
    public RecommendationList recommend(Profile profile, int n) {
        if (profile.size() == 0) {
            return new RecommendationList(listName(), List.of(), new Shortfall.NoRatingsForFactors());
        }
        Ratings ratings = dataset.ratings();
        FoldIn user = foldIn(profile);
        BestScores top = new BestScores(n);
        int candidates = 0;
        for (int m = 0; m < ratings.movieCount(); m++) {
            if (ratings.movieRatingCount(m) > 0 && profile.mayList(m)) {
                top.offer(m, dot(movies, m * f, user.factors()) - prices[m]);
                candidates++;
            }
        }
        BestScores.Sorted best = top.sorted();
        List<Recommendation> items = new ArrayList<>();
        for (int i = 0; i < best.ids().length; i++) {
            int m = best.ids()[i];
            items.add(new Recommendation(m, dataset.movies().at(m), best.scores()[i], ratings.movieRatingCount(m),
                    explain(profile, user, m)));
        }
        Shortfall reason = items.size() < n ? new Shortfall.FewRatedLeft(candidates) : null;
        return new RecommendationList(listName(), items, reason);
    }

    private String listName() {
        return spread > 0 ? "als" : "als-plain";
    }

    /** What is subtracted from movie m's score so that lists spread; 0 without spread. */
    double price(int m) {
        return prices[m];
    }

    double[] movieFactors(int m) {
        return Arrays.copyOfRange(movies, m * f, m * f + f);
    }

    /** Factors of the profile: the exact solution the user step of training would give. */
    double[] userFactors(Profile profile) {
        return foldIn(profile).factors();
    }

    private FoldIn foldIn(Profile profile) {
        double[] matrix = gram.clone();
        double[] right = new double[f];
        double[] pull = new double[profile.size()];
        for (int a = 0; a < f; a++) {
            matrix[a * f + a] += params.lambda();
        }
        for (int i = 0; i < profile.size(); i++) {
            int at = profile.movieAt(i) * f;
            double confidence = AlsFactors.confidence(params, profile.halfStarsAt(i));
            pull[i] = confidence * AlsFactors.preference(profile.halfStarsAt(i));
            for (int a = 0; a < f; a++) {
                double value = movies[at + a];
                right[a] += pull[i] * value;
                for (int b = 0; b < f; b++) {
                    matrix[a * f + b] += (confidence - 1) * value * movies[at + b];
                }
            }
        }
        Cholesky system = new Cholesky(matrix, f);
        return new FoldIn(system, system.solve(right), pull);
    }

    /**
     * The score of movie m is Σ over rated movies j of c_j · y_mᵀ A⁻¹ y_j (A the profile's system
     * matrix): the rated movies with the largest terms are the ones that pull it up most.
     */
    private Explanation explain(Profile profile, FoldIn user, int m) {
        double[] pulled = user.system().solve(Arrays.copyOfRange(movies, m * f, m * f + f));
        double[] contribution = new double[profile.size()];
        TopN strongest = new TopN(NAMED_REASONS, (a, b) -> {
            int byContribution = Double.compare(contribution[b], contribution[a]);
            return byContribution != 0 ? byContribution : Integer.compare(a, b);
        });
        for (int i = 0; i < profile.size(); i++) {
            contribution[i] = user.pull()[i] * dot(movies, profile.movieAt(i) * f, pulled);
            if (contribution[i] > 0) {
                strongest.offer(i);
            }
        }
        List<String> titles = new ArrayList<>();
        for (int i : strongest.best()) {
            titles.add(dataset.movies().at(profile.movieAt(i)).displayTitle());
        }
        return new Explanation.FactorPull(titles, dataset.ratings().movieRatingCount(m));
    }

    private double dot(double[] matrix, int offset, double[] vector) {
        double sum = 0;
        for (int a = 0; a < f; a++) {
            sum += matrix[offset + a] * vector[a];
        }
        return sum;
    }

    /** {@code pull[i]}: confidence times preference of the profile's i-th rating. */
    private record FoldIn(Cholesky system, double[] factors, double[] pull) {
    }
}
