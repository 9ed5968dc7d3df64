package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.ArrayList;
import java.util.List;

/**
 * "More like this" by what the people who liked a movie also liked, with nothing to train: each
 * user who rated the movie at or above their own mean walks to the other movies they liked, a
 * user's walk weighing 1 / (their rating count), and a movie's sum is divided by the square root
 * of its rating count so that blockbusters do not come first for every movie. Ties go to more
 * shared genres (Jaccard), then the damped mean. A movie liked by fewer than {@value #MIN_FANS}
 * users has too little to go on: its list is by shared genres ({@link GenreRecommender}). The cost
 * is the ratings of the movie's fans, a few milliseconds on ml-latest-small. Thread-safe.
 */
public final class CoRatedMovies {

    /** The method name of the lists made by co-ratings (not by genres). */
    public static final String METHOD = "more-like-this-co-rated";
    /** The fewest fans whose other likes say more than the genres do. */
    static final int MIN_FANS = 3;

    private final MovieStats stats;
    private final Ratings ratings;
    private final GenreRecommender genres;

    public CoRatedMovies(MovieStats stats, GenreRecommender genres) {
        this.stats = stats;
        this.ratings = stats.dataset().ratings();
        this.genres = genres;
    }

    /**
     * The {@code params.n()} movies with at least the minimum votes that {@code profile} has not
     * rated, most liked by the movie's fans first; by shared genres when it has too few fans.
     */
    public RecommendationList moreLikeThis(int movie, Profile profile, GenreParams params) {
        double[] walks = new double[ratings.movieCount()];
        int[] fansToo = new int[ratings.movieCount()];
        int fans = 0;
        for (int i = ratings.movieStart(movie); i < ratings.movieEnd(movie); i++) {
            int u = ratings.movieUserAt(i);
            double mean = stats.userMean(u);
            if (ratings.movieRatingAt(i) < mean) {
                continue;
            }
            fans++;
            double walk = 1.0 / ratings.userRatingCount(u);
            for (int j = ratings.userStart(u); j < ratings.userEnd(u); j++) {
                if (ratings.userRatingAt(j) >= mean) {
                    walks[ratings.userMovieAt(j)] += walk;
                    fansToo[ratings.userMovieAt(j)]++;
                }
            }
        }
        if (fans < MIN_FANS) {
            return genres.moreLikeThis(movie, profile, params);
        }
        double[] score = new double[ratings.movieCount()];
        double[] jaccard = new double[ratings.movieCount()];
        TopN top = new TopN(params.n(), (a, b) -> {
            int byScore = Double.compare(score[b], score[a]);
            if (byScore != 0) {
                return byScore;
            }
            int byGenres = Double.compare(jaccard[b], jaccard[a]);
            if (byGenres != 0) {
                return byGenres;
            }
            int byQuality = Double.compare(stats.dampedMean(b, params.minVotes()), stats.dampedMean(a, params.minVotes()));
            return byQuality != 0 ? byQuality : Integer.compare(a, b);
        });
        for (int m = 0; m < walks.length; m++) {
            if (m == movie || walks[m] == 0 || stats.votes(m) < Math.max(1, params.minVotes()) || !profile.mayList(m)) {
                continue;
            }
            score[m] = walks[m] / Math.sqrt(stats.votes(m));
            jaccard[m] = jaccard(movie, m);
            top.offer(m);
        }
        String title = stats.movie(movie).displayTitle();
        List<Recommendation> items = new ArrayList<>();
        for (int m : top.best()) {
            items.add(new Recommendation(m, stats.movie(m), score[m], stats.votes(m),
                    new Explanation.AlsoLiked(title, fans, fansToo[m])));
        }
        Shortfall reason = items.size() < params.n() ? new Shortfall.FewSharingRaters(items.size(), title) : null;
        return new RecommendationList(METHOD, items, reason);
    }

    private double jaccard(int a, int b) {
        int shared = stats.sharedGenreCount(a, b);
        int union = stats.genreCount(a) + stats.genreCount(b) - shared;
        return union == 0 ? 0 : shared / (double) union;
    }
}
