package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Movie;
import io.github.movierecommender.data.Ratings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-movie vote counts and mean ratings, the global mean, each user's mean, and each movie's
 * genres as indexes into the dataset's genre names, any number of them. Computed once per dataset.
 */
public final class MovieStats {

    private final Dataset dataset;
    private final int[] votes;
    private final double[] means;
    private final double[] userMeans;
    private final double globalMean;
    private final List<String> genreNames = new ArrayList<>();
    private final Map<String, Integer> genreIndexes = new HashMap<>();
    private final Map<String, Integer> genreIndexesIgnoringCase = new HashMap<>();
    /** Movie m's genre indexes, ascending, are {@code movieGenres[genreStarts[m] .. genreStarts[m + 1])}. */
    private final int[] genreStarts;
    private final int[] movieGenres;

    public MovieStats(Dataset dataset) {
        this.dataset = dataset;
        Ratings ratings = dataset.ratings();
        int movies = ratings.movieCount();
        votes = new int[movies];
        means = new double[movies];
        long total = 0;
        for (int m = 0; m < movies; m++) {
            long sum = 0;
            for (int i = ratings.movieStart(m); i < ratings.movieEnd(m); i++) {
                sum += ratings.movieHalfStarsAt(i);
            }
            votes[m] = ratings.movieRatingCount(m);
            means[m] = votes[m] == 0 ? 0 : sum / (2.0 * votes[m]);
            total += sum;
        }
        globalMean = ratings.size() == 0 ? 0 : total / (2.0 * ratings.size());
        userMeans = new double[ratings.userCount()];
        for (int u = 0; u < userMeans.length; u++) {
            long sum = 0;
            for (int i = ratings.userStart(u); i < ratings.userEnd(u); i++) {
                sum += ratings.userHalfStarsAt(i);
            }
            userMeans[u] = sum / (2.0 * Math.max(1, ratings.userRatingCount(u)));
        }
        genreStarts = new int[movies + 1];
        int[] genres = new int[movies];
        int count = 0;
        for (int m = 0; m < movies; m++) {
            int first = count;
            for (String genre : dataset.movies().at(m).genres()) {
                if (count == genres.length) {
                    genres = Arrays.copyOf(genres, count * 2);
                }
                genres[count++] = indexOf(genre);
            }
            Arrays.sort(genres, first, count);
            genreStarts[m + 1] = count;
        }
        movieGenres = Arrays.copyOf(genres, count);
    }

    private int indexOf(String genre) {
        return genreIndexes.computeIfAbsent(genre, name -> {
            genreNames.add(name);
            int index = genreNames.size() - 1;
            genreIndexesIgnoringCase.putIfAbsent(name.toLowerCase(Locale.ROOT), index);
            return index;
        });
    }

    public Dataset dataset() {
        return dataset;
    }

    public int movieCount() {
        return votes.length;
    }

    public Movie movie(int m) {
        return dataset.movies().at(m);
    }

    public int votes(int m) {
        return votes[m];
    }

    /** Mean rating in stars, 0 when unrated. */
    public double mean(int m) {
        return means[m];
    }

    public double globalMean() {
        return globalMean;
    }

    public double userMean(int u) {
        return userMeans[u];
    }

    /** The Bayesian average: {@code damping} imaginary votes at the global mean added to the movie's. */
    public double dampedMean(int m, int damping) {
        return (means[m] * votes[m] + globalMean * damping) / (votes[m] + damping);
    }

    /** How many genres movie m has. */
    public int genreCount(int m) {
        return genreStarts[m + 1] - genreStarts[m];
    }

    /** The index of movie m's {@code j}-th genre, in ascending order of index. */
    public int genreAt(int m, int j) {
        return movieGenres[genreStarts[m] + j];
    }

    public boolean hasGenre(int m, int genre) {
        return Arrays.binarySearch(movieGenres, genreStarts[m], genreStarts[m + 1], genre) >= 0;
    }

    /** How many genres movies a and b both have. */
    public int sharedGenreCount(int a, int b) {
        int i = genreStarts[a];
        int j = genreStarts[b];
        int shared = 0;
        while (i < genreStarts[a + 1] && j < genreStarts[b + 1]) {
            int byIndex = Integer.compare(movieGenres[i], movieGenres[j]);
            if (byIndex == 0) {
                shared++;
            }
            if (byIndex <= 0) {
                i++;
            }
            if (byIndex >= 0) {
                j++;
            }
        }
        return shared;
    }

    public String genreName(int genre) {
        return genreNames.get(genre);
    }

    /** Genre names in index order. */
    public List<String> genreNames() {
        return List.copyOf(genreNames);
    }

    /** The index of a genre (case-insensitive), or -1 when no movie has it. */
    public int genreIndex(String genre) {
        return genreIndexesIgnoringCase.getOrDefault(genre.toLowerCase(Locale.ROOT), -1);
    }
}
