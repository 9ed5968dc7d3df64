package io.github.movierecommender.ui.evaluate;

import io.github.movierecommender.eval.EvalPlan;
import io.github.movierecommender.eval.Protocol;
import java.util.Optional;

/**
 * An evaluation that will take long enough to warn about before it starts: every user scored,
 * and ratings × methods × splits above {@value #LONG_WORK} (every method on ml-latest-small's
 * 100,836 ratings over 5 folds is about 7 million; on 32 million ratings, 2 billion).
 */
public record LongRun(long ratings, int methods, int splits) {

    /** Ratings × methods × splits from which a run scoring every user is worth a warning. */
    static final long LONG_WORK = 200_000_000L;
    /** How many users the warning offers to score instead. */
    public static final int SAMPLE = 1000;

    /** The warning {@code plan} on {@code ratings} ratings deserves, if any. */
    public static Optional<LongRun> of(EvalPlan plan, long ratings) {
        int splits = plan.protocol() instanceof Protocol.KFold kFold ? kFold.folds() : 1;
        LongRun run = new LongRun(ratings, plan.methods().size(), splits);
        return plan.sampledUsers() == EvalPlan.ALL_USERS && run.work() >= LONG_WORK ? Optional.of(run)
                : Optional.empty();
    }

    public long work() {
        return ratings * methods * splits;
    }
}
