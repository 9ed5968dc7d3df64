package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whose taste to recommend for: a user of the dataset, or an ad-hoc list of ratings that needs no
 * reload. Holds the rated movies as ascending movie indexes with their half stars.
 */
public final class Profile {

    private static final int NOT_A_USER = -1;

    private final int userIndex;
    private final int userId;
    private final int[] movies;
    private final int[] halfStars;
    private final List<Integer> unknownMovieIds;
    private final double mean;
    private final MovieFilter listFilter;

    private Profile(int userIndex, int userId, int[] movies, int[] halfStars, List<Integer> unknownMovieIds) {
        this(userIndex, userId, movies, halfStars, unknownMovieIds, MovieFilter.ALL);
    }

    private Profile(int userIndex, int userId, int[] movies, int[] halfStars, List<Integer> unknownMovieIds,
                    MovieFilter listFilter) {
        this.listFilter = listFilter;
        this.userIndex = userIndex;
        this.userId = userId;
        this.movies = movies;
        this.halfStars = halfStars;
        this.unknownMovieIds = List.copyOf(unknownMovieIds);
        this.mean = movies.length == 0 ? 0 : Arrays.stream(halfStars).sum() / (2.0 * movies.length);
    }

    /** The ratings of a user of the dataset; empty when the id is unknown. */
    public static Optional<Profile> ofUser(Dataset dataset, int userId) {
        Ratings ratings = dataset.ratings();
        int u = ratings.users().indexOf(userId);
        if (u < 0) {
            return Optional.empty();
        }
        int count = ratings.userRatingCount(u);
        int[] movies = new int[count];
        int[] halfStars = new int[count];
        for (int i = 0; i < count; i++) {
            movies[i] = ratings.userMovieAt(ratings.userStart(u) + i);
            halfStars[i] = ratings.userHalfStarsAt(ratings.userStart(u) + i);
        }
        return Optional.of(new Profile(u, userId, movies, halfStars, List.of()));
    }

    /**
     * An ad-hoc profile. Movies the dataset lacks are set aside ({@link #unknownMovieIds()}); a
     * movie rated twice keeps the later rating in the list.
     */
    public static Profile of(Dataset dataset, List<MovieRating> ratings) {
        TreeMap<Integer, Integer> byIndex = new TreeMap<>();
        List<Integer> unknown = new ArrayList<>();
        for (MovieRating rating : ratings) {
            int index = dataset.movies().indexOf(rating.movieId());
            if (index < 0) {
                unknown.add(rating.movieId());
            } else {
                byIndex.put(index, (int) Math.round(rating.rating() * 2));
            }
        }
        int[] movies = byIndex.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] halfStars = byIndex.values().stream().mapToInt(Integer::intValue).toArray();
        return new Profile(NOT_A_USER, NOT_A_USER, movies, halfStars, unknown);
    }

    public boolean isDatasetUser() {
        return userIndex != NOT_A_USER;
    }

    /** Dense index of the dataset user, or -1 for an ad-hoc profile. */
    public int userIndex() {
        return userIndex;
    }

    /** MovieLens id of the dataset user, or -1 for an ad-hoc profile. */
    public int userId() {
        return userId;
    }

    public int size() {
        return movies.length;
    }

    public int movieAt(int i) {
        return movies[i];
    }

    public int halfStarsAt(int i) {
        return halfStars[i];
    }

    /** Mean rating in stars; 0 for an empty profile. */
    public double mean() {
        return mean;
    }

    public boolean hasRated(int movieIndex) {
        return Arrays.binarySearch(movies, movieIndex) >= 0;
    }

    /** The same ratings, whose lists show only the movies {@code filter} lets through. */
    public Profile withListFilter(MovieFilter filter) {
        return new Profile(userIndex, userId, movies, halfStars, unknownMovieIds, filter);
    }

    public MovieFilter listFilter() {
        return listFilter;
    }

    /** Whether a list for this profile may show the movie: not rated, and let through by its filter. */
    public boolean mayList(int movieIndex) {
        return listFilter.mayList(movieIndex) && !hasRated(movieIndex);
    }

    /** Marks every movie a list may not show: the rated ones, and those the filter holds back. */
    void markUnlistable(boolean[] marks) {
        for (int movie : movies) {
            marks[movie] = true;
        }
        if (listFilter != MovieFilter.ALL) {
            for (int m = 0; m < marks.length; m++) {
                marks[m] |= !listFilter.mayList(m);
            }
        }
    }

    public List<Integer> unknownMovieIds() {
        return unknownMovieIds;
    }

    @Override
    public String toString() {
        return isDatasetUser() ? "user " + userId : "profile of " + movies.length + " ratings";
    }
}
