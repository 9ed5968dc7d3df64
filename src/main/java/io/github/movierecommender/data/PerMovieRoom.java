package io.github.movierecommender.data;

/** Arrays for the per-movie rows of {@link Ratings}, made before the ratings are assembled. */
record PerMovieRoom(int[] users, byte[] halfStars) {

    static PerMovieRoom of(int ratings) {
        return new PerMovieRoom(new int[ratings], new byte[ratings]);
    }
}
