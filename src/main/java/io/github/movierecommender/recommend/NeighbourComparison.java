package io.github.movierecommender.recommend;

import io.github.movierecommender.data.MovieCatalog;
import io.github.movierecommender.data.Ratings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A profile set beside one other user, as the neighbour table's numbers are worked out: the movies
 * both rated, the measure's sums over them, the weight for having few in common, and the
 * resulting {@code similarity} and {@code distance} (equal to the table's); with the movies the
 * other user rated highly that the profile has not rated.
 */
public record NeighbourComparison(int userId, int userIndex, List<CoRatedPair> pairs, MeasureWorking working,
                                  Weighting weighting, double similarity, double distance,
                                  List<RatedTitle> theirFavourites) {

    /** A rating from this many stars up is a favourite. */
    public static final double FAVOURITE_STARS = 4;
    /** At most this many favourites are listed, the best rated first. */
    public static final int FAVOURITES = 25;

    public NeighbourComparison {
        pairs = List.copyOf(pairs);
        theirFavourites = List.copyOf(theirFavourites);
    }

    /** The similarity before {@link #weighting()}. */
    public double unweighted() {
        double weight = weighting.value();
        return weight == 0 ? 0 : similarity / weight;
    }

    /**
     * The pairs of user {@code v}'s ratings and the profile's compared ones (all of a profile of up
     * to {@value ComparedRatings#MOST}), in the profile's movie order.
     */
    static List<CoRatedPair> pairs(Ratings ratings, MovieCatalog movies, ComparedRatings compared, int v) {
        List<CoRatedPair> pairs = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            int m = compared.movieAt(i);
            int theirs = ratings.halfStars(v, m);
            if (theirs > 0) {
                pairs.add(new CoRatedPair(m, movies.at(m).displayTitle(), compared.halfStarsAt(i) / 2.0,
                        theirs / 2.0));
            }
        }
        return pairs;
    }

    /**
     * User {@code v}'s movies rated {@value #FAVOURITE_STARS} stars or more that the profile has
     * not rated, best rated first, then the most rated; at most {@value #FAVOURITES}.
     */
    static List<RatedTitle> favourites(Ratings ratings, MovieCatalog movies, Profile profile, int v) {
        List<RatedTitle> liked = new ArrayList<>();
        for (int i = ratings.userStart(v); i < ratings.userEnd(v); i++) {
            int m = ratings.userMovieAt(i);
            if (ratings.userRatingAt(i) >= FAVOURITE_STARS && !profile.hasRated(m)) {
                liked.add(new RatedTitle(m, movies.at(m).displayTitle(), ratings.userRatingAt(i),
                        ratings.movieRatingCount(m)));
            }
        }
        return liked.stream().sorted(Comparator.comparingDouble(RatedTitle::stars).reversed()
                        .thenComparing(Comparator.comparingInt(RatedTitle::votes).reversed())
                        .thenComparingInt(RatedTitle::movieIndex))
                .limit(FAVOURITES).toList();
    }
}
