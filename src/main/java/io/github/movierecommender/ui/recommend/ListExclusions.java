package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.MovieFilter;

/**
 * What every list leaves out besides the rated movies: the movies hidden for this profile, and the
 * choice made in the lists' filter. Both are values (records), so that an unchanged choice keeps
 * the shown profile's work (its neighbour scan) and a changed one makes new lists.
 */
public record ListExclusions(MovieFilter hidden, MovieFilter chosen) implements MovieFilter {

    public static final ListExclusions NONE = new ListExclusions(MovieFilter.ALL, MovieFilter.ALL);

    @Override
    public boolean mayList(int movieIndex) {
        return hidden.mayList(movieIndex) && chosen.mayList(movieIndex);
    }

    public ListExclusions withHidden(MovieFilter newHidden) {
        return new ListExclusions(newHidden, chosen);
    }

    public ListExclusions withChosen(MovieFilter newChosen) {
        return new ListExclusions(hidden, newChosen);
    }
}
