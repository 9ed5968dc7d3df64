package io.github.movierecommender.ui.evaluate;

import io.github.movierecommender.eval.EvalResult;
import java.util.function.ToDoubleFunction;

/** A column of the results that the chart can draw against k. */
public enum Metric {
    RMSE(EvalResult::rmse, false),
    MAE(EvalResult::mae, false),
    PRECISION(EvalResult::precision, true),
    RECALL(EvalResult::recall, true),
    NDCG(EvalResult::ndcg, true),
    HIT_RATE(EvalResult::hitRate, true),
    COVERAGE(EvalResult::coverage, true),
    USERS_WITH_LIST(EvalResult::usersWithList, true);

    private final ToDoubleFunction<EvalResult> value;
    private final boolean higherIsBetter;

    Metric(ToDoubleFunction<EvalResult> value, boolean higherIsBetter) {
        this.value = value;
        this.higherIsBetter = higherIsBetter;
    }

    /** NaN when the method does not produce this metric. */
    public double of(EvalResult result) {
        return value.applyAsDouble(result);
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
