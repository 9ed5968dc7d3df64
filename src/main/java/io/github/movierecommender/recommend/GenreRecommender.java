package io.github.movierecommender.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Movies whose genres match the profile's taste, and "more like this" by shared genres.
 *
 * <p>A genre's taste is the profile's mean deviation from its own mean rating over the movies of
 * that genre, shrunk towards 0 by {@value #TASTE_SHRINK} imaginary neutral ratings, so one lucky
 * rating does not make a favourite genre and a disliked genre counts against a movie. A movie's
 * match is the mean taste over its genres.
 */
public final class GenreRecommender {

    static final int TASTE_SHRINK = 3;
    private static final int GENRES_NAMED = 3;

    private final MovieStats stats;

    public GenreRecommender(MovieStats stats) {
        this.stats = stats;
    }

    /** The profile's taste per genre index, in stars above (or below) its mean rating. */
    public double[] taste(Profile profile) {
        int genres = stats.genreNames().size();
        double[] sum = new double[genres];
        int[] count = new int[genres];
        for (int i = 0; i < profile.size(); i++) {
            int m = profile.movieAt(i);
            double deviation = profile.halfStarsAt(i) / 2.0 - profile.mean();
            for (int j = 0; j < stats.genreCount(m); j++) {
                int g = stats.genreAt(m, j);
                sum[g] += deviation;
                count[g]++;
            }
        }
        double[] taste = new double[genres];
        for (int g = 0; g < genres; g++) {
            taste[g] = sum[g] / (count[g] + TASTE_SHRINK);
        }
        return taste;
    }

    public RecommendationList recommend(Profile profile, GenreParams params) {
        if (profile.size() == 0) {
            return new RecommendationList("genre", List.of(), new Shortfall.NoRatingsForTaste());
        }
        double[] taste = taste(profile);
        double[] match = new double[stats.movieCount()];
        TopN top = new TopN(params.n(), (a, b) -> {
            int byMatch = Double.compare(match[b], match[a]);
            if (byMatch != 0) {
                return byMatch;
            }
            int byQuality = Double.compare(stats.dampedMean(b, params.minVotes()), stats.dampedMean(a, params.minVotes()));
            return byQuality != 0 ? byQuality : Integer.compare(a, b);
        });
        int eligible = 0;
        for (int m = 0; m < stats.movieCount(); m++) {
            if (stats.genreCount(m) == 0 || stats.votes(m) < Math.max(1, params.minVotes()) || !profile.mayList(m)) {
                continue;
            }
            match[m] = meanTaste(taste, m);
            if (match[m] > 0) {
                top.offer(m);
                eligible++;
            }
        }
        List<Recommendation> items = new ArrayList<>();
        for (int m : top.best()) {
            items.add(new Recommendation(m, stats.movie(m), match[m], stats.votes(m), explain(taste, m)));
        }
        Shortfall reason = items.size() < params.n()
                ? new Shortfall.FewTasteMatches(eligible, params.minVotes()) : null;
        return new RecommendationList("genre", items, reason);
    }

    private double meanTaste(double[] taste, int m) {
        double sum = 0;
        for (int j = 0; j < stats.genreCount(m); j++) {
            sum += taste[stats.genreAt(m, j)];
        }
        return sum / stats.genreCount(m);
    }

    private Explanation explain(double[] taste, int m) {
        List<String> liked = IntStream.range(0, stats.genreCount(m))
                .map(j -> stats.genreAt(m, j))
                .filter(g -> taste[g] > 0)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer g) -> -taste[g]).thenComparing(g -> g))
                .limit(GENRES_NAMED)
                .map(stats::genreName)
                .collect(Collectors.toList());
        return new Explanation.GenreMatch(liked, stats.votes(m), stats.mean(m));
    }

    /**
     * Movies sharing the most genres with one movie (Jaccard similarity of the genre sets), then
     * the best by damped mean; movies the profile rated are left out.
     */
    public RecommendationList moreLikeThis(int movie, Profile profile, GenreParams params) {
        int targetCount = stats.genreCount(movie);
        if (targetCount == 0) {
            return new RecommendationList("more-like-this", List.of(),
                    new Shortfall.NoGenresToCompare(stats.movie(movie).displayTitle()));
        }
        double[] jaccard = new double[stats.movieCount()];
        TopN top = new TopN(params.n(), (a, b) -> {
            int bySimilarity = Double.compare(jaccard[b], jaccard[a]);
            if (bySimilarity != 0) {
                return bySimilarity;
            }
            int byQuality = Double.compare(stats.dampedMean(b, params.minVotes()), stats.dampedMean(a, params.minVotes()));
            return byQuality != 0 ? byQuality : Integer.compare(a, b);
        });
        for (int m = 0; m < stats.movieCount(); m++) {
            if (m == movie || stats.votes(m) < Math.max(1, params.minVotes()) || !profile.mayList(m)) {
                continue;
            }
            int shared = stats.sharedGenreCount(m, movie);
            if (shared == 0) {
                continue;
            }
            jaccard[m] = shared / (double) (stats.genreCount(m) + targetCount - shared);
            top.offer(m);
        }
        List<Recommendation> items = new ArrayList<>();
        String title = stats.movie(movie).title();
        for (int m : top.best()) {
            List<String> genres = IntStream.range(0, targetCount).map(j -> stats.genreAt(movie, j))
                    .filter(g -> stats.hasGenre(m, g)).mapToObj(stats::genreName).toList();
            items.add(new Recommendation(m, stats.movie(m), jaccard[m], stats.votes(m),
                    new Explanation.SharedGenres(title, genres)));
        }
        Shortfall reason = items.size() < params.n()
                ? new Shortfall.FewAlike(items.size(), params.minVotes(), title) : null;
        return new RecommendationList("more-like-this", items, reason);
    }
}
