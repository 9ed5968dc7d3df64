package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Movie;
import io.github.movierecommender.data.Ratings;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-movie vote counts and mean ratings, the global mean, each user's mean, and each movie's
 * genres as a bit set over the dataset's genre names. Computed once per dataset.
 */
public final class MovieStats {

    private static final int MAX_GENRES = Long.SIZE;

    private final Dataset dataset;
    private final int[] votes;
    private final double[] means;
    private final double[] userMeans;
    private final double globalMean;
    private final List<String> genreNames = new ArrayList<>();
    private final long[] genreMasks;

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
        genreMasks = new long[movies];
        for (int m = 0; m < movies; m++) {
            for (String genre : dataset.movies().at(m).genres()) {
                int bit = genreNames.indexOf(genre);
                if (bit < 0 && genreNames.size() < MAX_GENRES) {
                    genreNames.add(genre);
                    bit = genreNames.size() - 1;
                }
                if (bit >= 0) {
                    genreMasks[m] |= 1L << bit;
                }
            }
        }
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

    public long genreMask(int m) {
        return genreMasks[m];
    }

    /** Genre names in bit order. */
    public List<String> genreNames() {
        return List.copyOf(genreNames);
    }

    /** The bit of a genre (case-insensitive), or -1 when no movie has it. */
    public int genreBit(String genre) {
        for (int bit = 0; bit < genreNames.size(); bit++) {
            if (genreNames.get(bit).equalsIgnoreCase(genre)) {
                return bit;
            }
        }
        return -1;
    }
}
