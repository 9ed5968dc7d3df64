package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import java.util.Arrays;

/**
 * Chooses ALS settings on the training ratings alone (on large datasets, on a seeded sample of
 * whole users), then trains on all of them. A seeded {@link #HELD_OUT_SHARE} of each user's ratings
 * is held out; candidates are scored by nDCG@10 on
 * the held-out movies rated 4 stars or more. First lambda is searched with alpha at 1, then alpha at
 * the best lambda; each candidate is scored after several iteration counts and the best count is kept
 * (early stopping), and one that trails the best so far by more than a tenth is dropped early. The
 * search never sees a test part, so it can run inside each evaluation split.
 */
public final class ImplicitAlsTuning {

    static final double HELD_OUT_SHARE = 0.1;
    static final int FACTORS = 32;
    static final double[] LAMBDAS = {10, 30, 100};
    static final double FIRST_ALPHA = 1;
    static final double[] OTHER_ALPHAS = {3};
    static final int[] CHECKED_ITERATIONS = {4, 8};
    private static final int LIST_LENGTH = 10;
    private static final int MAX_SCORED_USERS = 2000;
    /** Tuning looks at most this many ratings (whole users, a seeded sample): all of ml-latest-small, 1/16 of 32M. */
    static final int MAX_TUNING_RATINGS = 2_000_000;
    private static final double ABANDONED_BELOW = 0.9;

    private ImplicitAlsTuning() {
    }

    /** The chosen settings and their nDCG@10 on the inner split. */
    public record Choice(ImplicitAlsParams params, double innerNdcg) {
    }

    /** Tunes on an inner split of {@code training}, then trains on all of it; {@code seed} seeds both. */
    public static ImplicitAls tuneAndTrain(Dataset training, long seed, BuildMonitor monitor) {
        int candidates = LAMBDAS.length + OTHER_ALPHAS.length;
        double tuningShare = candidates / (candidates + 1.0);
        Choice choice = choose(training.ratings(), seed, monitor.part(0, tuningShare));
        ImplicitAlsParams chosen = choice.params();
        return ImplicitAls.train(training, chosen, monitor.part(tuningShare, 1));
    }

    static Choice choose(Ratings ratings, long seed, BuildMonitor monitor) {
        InnerSplit inner = InnerSplit.perUser(UserSample.of(ratings, MAX_TUNING_RATINGS, seed), HELD_OUT_SHARE, seed);
        int[] scored = inner.sampleUsersWithRelevant(MAX_SCORED_USERS, seed);
        int total = LAMBDAS.length + OTHER_ALPHAS.length;
        int done = 0;
        Choice best = null;
        for (double lambda : LAMBDAS) {
            Choice choice = score(inner, scored, new ImplicitAlsParams(FACTORS, lambda, FIRST_ALPHA, 0, seed), best,
                    monitor, done++, total);
            best = best == null || choice.innerNdcg() > best.innerNdcg() ? choice : best;
        }
        double bestLambda = best.params().lambda();
        for (double alpha : OTHER_ALPHAS) {
            Choice choice = score(inner, scored, new ImplicitAlsParams(FACTORS, bestLambda, alpha, 0, seed), best,
                    monitor, done++, total);
            best = choice.innerNdcg() > best.innerNdcg() ? choice : best;
        }
        return best;
    }

    /**
     * The candidate at its best checked iteration count; a candidate that scores under
     * {@link #ABANDONED_BELOW} of the best so far at a check is not trained further.
     */
    private static Choice score(InnerSplit inner, int[] scored, ImplicitAlsParams candidate, Choice bestSoFar,
                                BuildMonitor monitor, int done, int total) {
        AlsFactors factors = new AlsFactors(inner.fit(), candidate);
        int last = CHECKED_ITERATIONS[CHECKED_ITERATIONS.length - 1];
        Choice best = null;
        for (int iteration = 1; iteration <= last; iteration++) {
            monitor.stopIfCancelled();
            factors.iterate(monitor);
            monitor.progress((done + iteration / (double) last) / total);
            if (Arrays.binarySearch(CHECKED_ITERATIONS, iteration) >= 0) {
                double ndcg = inner.ndcg(factors::top, LIST_LENGTH, scored);
                if (best == null || ndcg > best.innerNdcg()) {
                    best = new Choice(candidate.withIterations(iteration), ndcg);
                }
                if (bestSoFar != null && ndcg < ABANDONED_BELOW * bestSoFar.innerNdcg()) {
                    break;
                }
            }
        }
        return best;
    }
}
