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
 * cost most (a rule of time, not tuned). The lambdas of {@link #LAMBDAS} are compared along one
 * path rather than each from scratch: {@link #TRUNK_PASSES} passes with the first, then
 * {@link #BRANCH_PASSES} more from there with each, and the best branch goes on to
 * {@link #LAST_CHECK} passes; the best of the checks ({@link #CHECKED_ITERATIONS} passes) wins
 * (early stopping). For lists that spread, the scale of
 * {@link ListSpread}'s prices is then chosen on the same hold-out: the smallest of {@link #SPREADS}
 * whose lists hold at least {@link #COVERAGE_GOAL} of the movies (each step up costs accuracy), or
 * the one that spreads them most when none does. The final training starts from the winner's
 * factors and makes {@link #FINAL_PASSES} passes over all the training ratings, not as many as the
 * winner from scratch. The search never sees a test part, so it can run
 * inside each evaluation split.
 */
public final class ImplicitAlsTuning {

    static final double HELD_OUT_SHARE = 0.1;
    static final int FACTORS = 64;
    /** Above this many training ratings a pass over them costs most, and half the factors keep training in time. */
    static final int LARGE_RATINGS = 5_000_000;
    static final double[] LAMBDAS = {30, 10, 100};
    static final double ALPHA = 1;
    /** Passes with the first of {@link #LAMBDAS} before each lambda branches off from them. */
    static final int TRUNK_PASSES = 5;
    /** Passes of each lambda's branch before the best branch alone goes on. */
    static final int BRANCH_PASSES = 2;
    /** The pass count of the last check of the best branch. */
    static final int LAST_CHECK = 10;
    /** Pass counts that can be chosen (early stopping). */
    static final int[] CHECKED_ITERATIONS = {TRUNK_PASSES, TRUNK_PASSES + BRANCH_PASSES, LAST_CHECK};
    /** Passes over all the training ratings after the tuned factors (trained on 90% of them) are taken over. */
    static final int FINAL_PASSES = 3;
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
        Ratings ratings = training.ratings();
        Tuned tuned = tune(ratings, seed, false, monitor.part(0, tuningShare(ratings)));
        return train(training, tuned, monitor.part(tuningShare(ratings), 1));
    }

    /** As {@link #tuneAndTrain}, with lists spread by prices whose scale is chosen on the inner split. */
    public static ImplicitAls tuneAndTrainSpread(Dataset training, long seed, BuildMonitor monitor) {
        Ratings ratings = training.ratings();
        Tuned tuned = tune(ratings, seed, true, monitor.part(0, tuningShare(ratings)));
        return train(training, tuned, monitor.part(tuningShare(ratings), 1));
    }

    /** The share of the build the tuning takes: its passes over the tuning ratings against the final ones. */
    private static double tuningShare(Ratings ratings) {
        double tuning = (LAST_CHECK + (LAMBDAS.length - 1) * BRANCH_PASSES) * (double) Math.min(ratings.size(),
                MAX_TUNING_RATINGS);
        return tuning / (tuning + (FINAL_PASSES + 0.5) * ratings.size());
    }

    private static ImplicitAls train(Dataset training, Tuned tuned, BuildMonitor monitor) {
        Choice choice = tuned.choice();
        return ImplicitAls.trainFrom(training, choice.params().withIterations(FINAL_PASSES), choice.spread(),
                tuned.factors(), monitor);
    }

    static Choice choose(Ratings ratings, long seed, BuildMonitor monitor) {
        return tune(ratings, seed, false, monitor).choice();
    }

    static Choice chooseSpread(Ratings ratings, long seed, BuildMonitor monitor) {
        return tune(ratings, seed, true, monitor).choice();
    }

    private static Tuned tune(Ratings ratings, long seed, boolean spread, BuildMonitor monitor) {
        InnerSplit inner = InnerSplit.perUser(UserSample.of(ratings, MAX_TUNING_RATINGS, seed), HELD_OUT_SHARE, seed);
        int[] scored = inner.sampleUsersWithRelevant(MAX_SCORED_USERS, seed);
        if (!spread) {
            Scored best = searchFactors(inner, scored, factors(ratings), seed, monitor);
            return new Tuned(best.choice(), best.factors());
        }
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
                return new Tuned(choice, best.factors());
            }
        }
        return new Tuned(chosen, best.factors());
    }

    /** The settings chosen on the inner split and the factors they gave there, where the final training starts. */
    private record Tuned(Choice choice, AlsFactors factors) {
    }

    /** {@link #FACTORS}, or half as many above {@link #LARGE_RATINGS} ratings. */
    static int factors(Ratings ratings) {
        return ratings.size() > LARGE_RATINGS ? FACTORS / 2 : FACTORS;
    }

    /**
     * The best lambda at its best checked pass count, with its factors then: {@link #TRUNK_PASSES}
     * passes with the first lambda, {@link #BRANCH_PASSES} more from there with each lambda, and the
     * best of those on to {@link #LAST_CHECK} passes.
     */
    private static Scored searchFactors(InnerSplit inner, int[] scored, int factors, long seed,
                                        BuildMonitor monitor) {
        int total = TRUNK_PASSES + LAMBDAS.length * BRANCH_PASSES + LAST_CHECK - TRUNK_PASSES - BRANCH_PASSES;
        int[] done = {0};
        Runnable step = () -> monitor.progress(++done[0] / (double) total);
        ImplicitAlsParams trunkParams = new ImplicitAlsParams(factors, LAMBDAS[0], ALPHA, TRUNK_PASSES, seed);
        AlsFactors trunk = new AlsFactors(inner.fit(), trunkParams);
        Scored best = train(inner, scored, trunk, trunkParams, 0, TRUNK_PASSES, monitor, step);
        Scored bestBranch = null;
        for (double lambda : LAMBDAS) {
            ImplicitAlsParams params = new ImplicitAlsParams(factors, lambda, ALPHA, 0, seed);
            Scored branch = train(inner, scored, trunk.continuedWith(inner.fit(), params), params, TRUNK_PASSES,
                    BRANCH_PASSES, monitor, step);
            bestBranch = bestBranch == null || branch.beats(bestBranch) ? branch : bestBranch;
        }
        Scored last = train(inner, scored, bestBranch.factors().snapshot(), bestBranch.choice().params(),
                TRUNK_PASSES + BRANCH_PASSES, LAST_CHECK - TRUNK_PASSES - BRANCH_PASSES, monitor, step);
        for (Scored candidate : new Scored[] {bestBranch, last}) {
            best = candidate.beats(best) ? candidate : best;
        }
        return best;
    }

    /** {@code passes} more passes on {@code factors} (after {@code before}), scored on the hold-out. */
    private static Scored train(InnerSplit inner, int[] scored, AlsFactors factors, ImplicitAlsParams params,
                                int before, int passes, BuildMonitor monitor, Runnable step) {
        for (int pass = 0; pass < passes; pass++) {
            monitor.stopIfCancelled();
            factors.iterate(monitor);
            step.run();
        }
        int[][] lists = factors.candidates(scored, LIST_LENGTH).movies();
        double ndcg = inner.ndcg((u, n) -> lists[u], LIST_LENGTH, scored);
        return new Scored(new Choice(params.withIterations(before + passes), ndcg, 0, Double.NaN),
                factors.snapshot());
    }

    /** Settings chosen with the factors they gave on the inner split. */
    private record Scored(Choice choice, AlsFactors factors) {

        boolean beats(Scored other) {
            return choice.innerNdcg() > other.choice().innerNdcg();
        }
    }
}
