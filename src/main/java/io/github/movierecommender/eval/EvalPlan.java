package io.github.movierecommender.eval;

import java.util.List;

/**
 * What to evaluate: methods, the neighbourhood sizes for those that use k, the list length n,
 * the protocol, and how many threads work on it.
 */
public record EvalPlan(List<EvalMethod> methods, List<Integer> ks, int n, Protocol protocol, int threads) {

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
    }

    int maxK() {
        return ks.get(ks.size() - 1);
    }
}
