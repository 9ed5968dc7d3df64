package io.github.movierecommender.recommend;

/** {@code genre} restricts the list to one genre; null for all genres. */
public record PopularParams(PopularRanking ranking, int minVotes, int n, String genre) {

    public static final int DEFAULT_MIN_VOTES = 50;

    public PopularParams {
        if (minVotes < 0 || n < 1) {
            throw new IllegalArgumentException("the minimum votes must be 0 or more and n at least 1");
        }
    }

    public static PopularParams of(PopularRanking ranking, int n) {
        return new PopularParams(ranking, DEFAULT_MIN_VOTES, n, null);
    }
}
