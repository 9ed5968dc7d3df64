package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Chooses ALS settings on the training ratings alone (on large datasets, on a seeded sample of
 * whole users), then trains on all of them. A seeded
 * {@link #HELD_OUT_SHARE} of each user's ratings is held out; candidates are scored by nDCG@10 on
 * the held-out movies rated 4 stars or more. The model has {@link #FACTORS} factors, half as many
 * on training sets of more than {@link #LARGE_RATINGS} ratings, where the passes over the ratings
 * cost most (a rule of time, not tuned). Each lambda of {@link #LAMBDAS} is scored after
 * {@link #CHECKED_ITERATIONS} passes and the best count is kept (early stopping); one that trails
 * the best so far after as many passes is dropped early. For lists that spread, the scale of
 * {@link ListSpread}'s prices is then chosen on the same hold-out: the smallest of {@link #SPREADS}
 * whose lists hold at least {@link #COVERAGE_GOAL} of the movies (each step up costs accuracy), or
 * the one that spreads them most when none does. The search never sees a test part, so it can run
 * inside each evaluation split.
 */
public final class ImplicitAlsTuning {

    static final double HELD_OUT_SHARE = 0.1;
    static final int FACTORS = 64;
    /** Above this many training ratings a pass over them costs most, and half the factors keep training in time. */
    static final int LARGE_RATINGS = 5_000_000;
    static final double[] LAMBDAS = {30, 10, 100};
    static final double ALPHA = 1;
    static final int[] CHECKED_ITERATIONS = {5, 10};
    /** Scales of the prices tried, smallest first. */
    static final double[] SPREADS = {0.01, 0.02, 0.03, 0.035, 0.04, 0.05, 0.06, 0.08};
    /** The share of the movies with ratings that the lists of spread ALS should hold between them. */
    static final double COVERAGE_GOAL = 0.1025;
    private static final int LIST_LENGTH = ListSpread.LIST_LENGTH;
    private static final int MAX_SCORED_USERS = 2000;
    private static final double FACTOR_SEARCH_SHARE = 0.85;
    /** Tuning looks at most this many ratings (whole users, a seeded sample): all of ml-latest-small, 1/16 of 32M. */
    static final int MAX_TUNING_RATINGS = 2_000_000;

    private ImplicitAlsTuning() {
    }

    /**
     * The chosen settings, their nDCG@10 on the inner split, the price scale (0 for plain lists) and
     * the share of the movies the lists held on the inner split (NaN when not measured).
     */
    public record Choice(ImplicitAlsParams params, double innerNdcg, double spread, double innerCoverage) {
    }

    /** Tunes on an inner split of {@code training}, then trains on all of it; {@code seed} seeds both. */
    public static ImplicitAls tuneAndTrain(Dataset training, long seed, BuildMonitor monitor) {
        return train(training, choose(training.ratings(), seed, monitor.part(0, tuningShare())), monitor);
    }

    /** As {@link #tuneAndTrain}, with lists spread by prices whose scale is chosen on the inner split. */
    public static ImplicitAls tuneAndTrainSpread(Dataset training, long seed, BuildMonitor monitor) {
        return train(training, chooseSpread(training.ratings(), seed, monitor.part(0, tuningShare())), monitor);
    }

    private static double tuningShare() {
        return LAMBDAS.length / (LAMBDAS.length + 1.0);
    }

    private static ImplicitAls train(Dataset training, Choice choice, BuildMonitor monitor) {
        return ImplicitAls.train(training, choice.params(), choice.spread(), monitor.part(tuningShare(), 1));
    }

    static Choice choose(Ratings ratings, long seed, BuildMonitor monitor) {
        InnerSplit inner = InnerSplit.perUser(UserSample.of(ratings, MAX_TUNING_RATINGS, seed), HELD_OUT_SHARE, seed);
        return searchFactors(inner, inner.sampleUsersWithRelevant(MAX_SCORED_USERS, seed), factors(ratings), seed,
                monitor).choice();
    }

    static Choice chooseSpread(Ratings ratings, long seed, BuildMonitor monitor) {
        InnerSplit inner = InnerSplit.perUser(UserSample.of(ratings, MAX_TUNING_RATINGS, seed), HELD_OUT_SHARE, seed);
        int[] scored = inner.sampleUsersWithRelevant(MAX_SCORED_USERS, seed);
        Scored best = searchFactors(inner, scored, factors(ratings), seed, monitor.part(0, FACTOR_SEARCH_SHARE));
        int[] listed = IntStream.concat(Arrays.stream(ListSpread.users(inner.fit(), seed)), Arrays.stream(scored))
                .distinct().sorted().toArray();
        ListSpread.Candidates candidates = best.factors().candidates(listed, ListSpread.CANDIDATES);
        int recommendable = (int) IntStream.range(0, inner.fit().movieCount())
                .filter(m -> inner.fit().movieRatingCount(m) > 0).count();
        Choice chosen = null;
        for (int i = 0; i < SPREADS.length; i++) {
            monitor.stopIfCancelled();
            double[] prices = ListSpread.prices(candidates, inner.fit().movieCount(), SPREADS[i], LIST_LENGTH,
                    monitor);
            double coverage = ListSpread.coverage(candidates, prices, LIST_LENGTH, recommendable);
            double ndcg = inner.ndcg((u, n) -> ListSpread.list(candidates, u, prices, n), LIST_LENGTH, scored);
            Choice choice = new Choice(best.choice().params(), ndcg, SPREADS[i], coverage);
            monitor.progress(FACTOR_SEARCH_SHARE + (1 - FACTOR_SEARCH_SHARE) * (i + 1) / SPREADS.length);
            if (chosen == null || coverage > chosen.innerCoverage()) {
                chosen = choice;
            }
            if (coverage >= COVERAGE_GOAL) {
                return choice;
            }
        }
        return chosen;
    }

    /** {@link #FACTORS}, or half as many above {@link #LARGE_RATINGS} ratings. */
    static int factors(Ratings ratings) {
        return ratings.size() > LARGE_RATINGS ? FACTORS / 2 : FACTORS;
    }

    /** The best lambda at its best checked iteration count, with its factors at that count. */
    private static Scored searchFactors(InnerSplit inner, int[] scored, int factors, long seed,
                                        BuildMonitor monitor) {
        Scored best = null;
        for (int i = 0; i < LAMBDAS.length; i++) {
            Scored candidate = score(inner, scored, new ImplicitAlsParams(factors, LAMBDAS[i], ALPHA, 0, seed),
                    best, monitor, i, LAMBDAS.length);
            best = best == null || candidate.choice().innerNdcg() > best.choice().innerNdcg() ? candidate : best;
        }
        return best;
    }

    /**
     * The candidate at its best checked iteration count; a candidate that scores under the best so
     * far at the same count is not trained further.
     */
    private static Scored score(InnerSplit inner, int[] scored, ImplicitAlsParams candidate, Scored bestSoFar,
                                BuildMonitor monitor, int done, int total) {
        AlsFactors factors = new AlsFactors(inner.fit(), candidate);
        int last = CHECKED_ITERATIONS[CHECKED_ITERATIONS.length - 1];
        double[] atChecks = new double[CHECKED_ITERATIONS.length];
        Arrays.fill(atChecks, Double.NaN);
        Scored best = null;
        for (int iteration = 1; iteration <= last; iteration++) {
            monitor.stopIfCancelled();
            factors.iterate(monitor);
            monitor.progress((done + iteration / (double) last) / total);
            int check = Arrays.binarySearch(CHECKED_ITERATIONS, iteration);
            if (check >= 0) {
                double ndcg = inner.ndcg(factors::top, LIST_LENGTH, scored);
                atChecks[check] = ndcg;
                if (best == null || ndcg > best.choice().innerNdcg()) {
                    best = new Scored(new Choice(candidate.withIterations(iteration), ndcg, 0, Double.NaN),
                            factors.snapshot(), atChecks);
                }
                if (bestSoFar != null && ndcg < bestSoFar.atChecks()[check]) {
                    break;
                }
            }
        }
        return best;
    }

    /** {@code atChecks}: the inner nDCG after each of {@link #CHECKED_ITERATIONS}, NaN where not trained so far. */
    private record Scored(Choice choice, AlsFactors factors, double[] atChecks) {
    }
}
