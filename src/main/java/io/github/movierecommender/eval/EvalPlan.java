package io.github.movierecommender.eval;

import io.github.movierecommender.recommend.Method;
import java.util.List;

/**
 * What to evaluate: methods, the neighbourhood sizes for those that use k, the list length n,
 * the protocol, how many threads work on it, and how many users are scored: {@link #ALL_USERS},
 * or a sample drawn with the protocol's seed (training always uses every user's ratings).
 */
public record EvalPlan(List<Method> methods, List<Integer> ks, int n, Protocol protocol, int threads,
                       int sampledUsers) {

    public static final int ALL_USERS = 0;

    /** Every user is scored. */
    public EvalPlan(List<Method> methods, List<Integer> ks, int n, Protocol protocol, int threads) {
        this(methods, ks, n, protocol, threads, ALL_USERS);
    }

    public EvalPlan {
        methods = List.copyOf(methods);
        ks = ks.stream().distinct().sorted().toList();
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("choose at least one method");
        }
        if (ks.isEmpty() || ks.get(0) < 1) {
            throw new IllegalArgumentException("k must be at least 1, and at least one k is needed");
        }
        if (n < 1 || threads < 1) {
            throw new IllegalArgumentException("n and the number of threads must be at least 1");
        }
        if (sampledUsers < 0) {
            throw new IllegalArgumentException("the number of users to score must be 0 (all) or more, not "
                    + sampledUsers);
        }
    }

    int maxK() {
        return ks.get(ks.size() - 1);
    }
}
