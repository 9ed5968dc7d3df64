package io.github.movierecommender.eval;

import java.util.BitSet;

/** Running sums of one method at one k over the users of one split. Not thread-safe: one per block of users. */
final class Scores {

    private double squaredError;
    private double absoluteError;
    private long predictions;
    private long fallbacks;
    private int users;
    private int usersWithList;
    private int usersWithRelevant;
    private int usersWithHit;
    private double precision;
    private double recall;
    private double ndcg;
    private final BitSet recommended = new BitSet();

    void addPrediction(double predicted, double actual, boolean fallback) {
        double error = predicted - actual;
        squaredError += error * error;
        absoluteError += Math.abs(error);
        predictions++;
        fallbacks += fallback ? 1 : 0;
    }

    /** Counts a user with held-out ratings. */
    void addUser() {
        users++;
    }

    /** One user's list; {@code relevant} counts the user's held-out ratings of 4 stars or more. */
    void addList(int[] movies, boolean[] hits, int relevant, int n) {
        usersWithList += movies.length > 0 ? 1 : 0;
        for (int movie : movies) {
            recommended.set(movie);
        }
        if (relevant > 0) {
            usersWithRelevant++;
            usersWithHit += RankingMetrics.hitCount(hits) > 0 ? 1 : 0;
            precision += RankingMetrics.precision(hits, n);
            recall += RankingMetrics.recall(hits, relevant);
            ndcg += RankingMetrics.ndcg(hits, relevant, n);
        }
    }

    void add(Scores other) {
        squaredError += other.squaredError;
        absoluteError += other.absoluteError;
        predictions += other.predictions;
        fallbacks += other.fallbacks;
        users += other.users;
        usersWithList += other.usersWithList;
        usersWithRelevant += other.usersWithRelevant;
        usersWithHit += other.usersWithHit;
        precision += other.precision;
        recall += other.recall;
        ndcg += other.ndcg;
        recommended.or(other.recommended);
    }

    long predictions() {
        return predictions;
    }

    long fallbacks() {
        return fallbacks;
    }

    int users() {
        return users;
    }

    double rmse() {
        return Math.sqrt(squaredError / predictions);
    }

    double mae() {
        return absoluteError / predictions;
    }

    double precision() {
        return precision / usersWithRelevant;
    }

    double recall() {
        return recall / usersWithRelevant;
    }

    double ndcg() {
        return ndcg / usersWithRelevant;
    }

    double hitRate() {
        return usersWithHit / (double) usersWithRelevant;
    }

    double usersWithList() {
        return usersWithList / (double) users;
    }

    /** Distinct movies recommended to anyone over the movies that could be (rated in training). */
    double coverage(int recommendableMovies) {
        return recommended.cardinality() / (double) recommendableMovies;
    }
}
