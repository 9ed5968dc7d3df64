package io.github.movierecommender.eval;

/**
 * One row of results: a method at one k (0 when it has no k), averaged over the splits. Metrics a
 * method does not produce are NaN: RMSE and MAE for methods that only rank, the top-n metrics for
 * methods that only predict. {@code fallbacks} counts predictions that fell back to
 * {@code fallback}; the top-n metrics average over users with a relevant (≥ 4 stars) held-out
 * rating, {@code usersWithList} and {@code coverage} over all users with a held-out rating.
 */
public record EvalResult(String method, int k, int n, double rmse, double mae, long predictions, long fallbacks,
                         String fallback, double precision, double recall, double ndcg, double hitRate,
                         double coverage, double usersWithList, int users) {

    /** Share of predictions that fell back; NaN when the method does not predict. */
    public double fallbackShare() {
        return predictions == 0 ? Double.NaN : fallbacks / (double) predictions;
    }
}
