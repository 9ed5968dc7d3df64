package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The numbers of the teaching tutorial's chapters that no list or table of the app shows by
 * itself, worked out with the same recommenders, so that they agree with what the app shows for
 * the same settings: how the ratings spread, how many movies reach the minimum votes, the genres a
 * profile rates above its own mean, the user who shares the most movies with it, and how many
 * movies the tutorial's k/2 rule lets through. Thread-safe.
 */
public final class Tutorial {

    private final Recommenders recommenders;
    private final MovieStats stats;

    public Tutorial(Recommenders recommenders) {
        this.recommenders = recommenders;
        this.stats = recommenders.stats();
    }

    /** The mean rating, and the star value given most often (the higher on a tie) with how many times. */
    public record RatingSpread(double mean, double commonest, long commonestCount) {
    }

    /** A genre the profile rates above its own mean: by how much, in stars (shrunk as the genre list does), over how many of its movies. */
    public record GenreTaste(String genre, double taste, int rated) {
    }

    /** Visits every rating once. */
    public RatingSpread ratingSpread() {
        Ratings ratings = stats.dataset().ratings();
        long[] byHalfStars = new long[11];
        for (int i = 0; i < ratings.size(); i++) {
            byHalfStars[ratings.userHalfStarsAt(i)]++;
        }
        int commonest = 1;
        for (int halfStars = 1; halfStars < byHalfStars.length; halfStars++) {
            if (byHalfStars[halfStars] >= byHalfStars[commonest]) {
                commonest = halfStars;
            }
        }
        return new RatingSpread(stats.globalMean(), commonest / 2.0, byHalfStars[commonest]);
    }

    /** How many movies have at least {@code minVotes} ratings, and at least one, as the lists count them. */
    public int moviesWithVotes(int minVotes) {
        int count = 0;
        for (int m = 0; m < stats.movieCount(); m++) {
            if (stats.votes(m) >= Math.max(1, minVotes)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The genres the profile rates above its own mean, by the taste the Genre-matched list uses
     * ({@link GenreRecommender#taste}), best liked first (ties by name); at most {@code count}.
     */
    public List<GenreTaste> favouriteGenres(Profile profile, int count) {
        double[] taste = recommenders.genre().taste(profile);
        int[] rated = new int[taste.length];
        for (int i = 0; i < profile.size(); i++) {
            int m = profile.movieAt(i);
            for (int j = 0; j < stats.genreCount(m); j++) {
                rated[stats.genreAt(m, j)]++;
            }
        }
        List<GenreTaste> liked = new ArrayList<>();
        for (int g = 0; g < taste.length; g++) {
            if (taste[g] > 0) {
                liked.add(new GenreTaste(stats.genreName(g), taste[g], rated[g]));
            }
        }
        return liked.stream().sorted(Comparator.comparingDouble(GenreTaste::taste).reversed()
                .thenComparing(GenreTaste::genre)).limit(count).toList();
    }

    /**
     * The candidate neighbour who shares the most movies with the profile (on a tie the nearer,
     * then the smaller user id), measured by the neighbour scan itself, so that its distance is the
     * one the table of neighbours shows; empty when nobody shares {@code params.minCommon()} movies.
     */
    public Optional<Neighbour> mostInCommon(Profile profile, NeighbourParams params) {
        int everyone = Math.max(1, stats.dataset().ratings().userCount());
        Neighbourhood all = recommenders.neighbours().neighbourhood(profile, params.withK(everyone));
        return all.nearest(all.kept()).stream().max(Comparator.comparingInt(Neighbour::common)
                .thenComparing(Comparator.comparingDouble(Neighbour::distance).reversed())
                .thenComparing(Comparator.comparingInt(Neighbour::userId).reversed()));
    }

    /**
     * How many movies the profile has not rated pass the list's rule for {@code params} (in
     * tutorial mode: rated by at least half of the k nearest), however many the list shows.
     */
    public int passing(Profile profile, NeighbourParams params) {
        return recommenders.neighbours().recommend(profile, params.withN(Math.max(1, stats.movieCount())))
                .list().items().size();
    }
}
