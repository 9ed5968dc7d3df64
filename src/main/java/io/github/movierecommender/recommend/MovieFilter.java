package io.github.movierecommender.recommend;

/**
 * Which movies a profile's lists may show, besides leaving out the movies it rated: the movies a
 * person hid, or a genre, year or title filter. Every method asks it for each candidate it would
 * list, so a filtered list still holds n movies when enough pass.
 */
@FunctionalInterface
public interface MovieFilter {

    MovieFilter ALL = movieIndex -> true;

    boolean mayList(int movieIndex);

    default MovieFilter and(MovieFilter other) {
        return movieIndex -> mayList(movieIndex) && other.mayList(movieIndex);
    }
}
