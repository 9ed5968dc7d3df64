package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.profile.MarkedMovie;
import io.github.movierecommender.recommend.MovieFilter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The movies a person hid ("Not interested"), by their index in one dataset: no list shows them.
 * A value, equal when the same movies are hidden, so that lists are made again only when that changes.
 */
public record HiddenMovies(Set<Integer> movieIndexes) implements MovieFilter {

    public HiddenMovies {
        movieIndexes = Set.copyOf(movieIndexes);
    }

    /**
     * The filter for {@code hidden} in {@code dataset}, leaving out movies it lacks; {@link MovieFilter#ALL}
     * when none of them is in it, so that lists with nothing hidden are the unfiltered ones.
     */
    public static MovieFilter of(Dataset dataset, Collection<MarkedMovie> hidden) {
        Set<Integer> indexes = new HashSet<>();
        for (MarkedMovie movie : hidden) {
            int m = dataset.movies().indexOf(movie.movieId());
            if (m >= 0) {
                indexes.add(m);
            }
        }
        return indexes.isEmpty() ? MovieFilter.ALL : new HiddenMovies(indexes);
    }

    @Override
    public boolean mayList(int movieIndex) {
        return !movieIndexes.contains(movieIndex);
    }
}
