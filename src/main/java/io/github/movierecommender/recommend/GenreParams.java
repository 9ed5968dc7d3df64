package io.github.movierecommender.recommend;

public record GenreParams(int minVotes, int n) {

    public GenreParams {
        if (minVotes < 0 || n < 1) {
            throw new IllegalArgumentException("the minimum votes must be 0 or more and n at least 1");
        }
    }

    public static GenreParams of(int n) {
        return new GenreParams(PopularParams.DEFAULT_MIN_VOTES, n);
    }
}
