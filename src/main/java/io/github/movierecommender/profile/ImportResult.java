package io.github.movierecommender.profile;

/**
 * What importing did: movies {@code added} to the profile, ratings {@code replaced} by a newer
 * imported one, and imported ratings {@code ignored} because the profile's rating of the movie
 * is as new or newer.
 */
public record ImportResult(int added, int replaced, int ignored) {
}
