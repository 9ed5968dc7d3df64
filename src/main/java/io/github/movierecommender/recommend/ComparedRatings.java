package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The ratings of a profile that user-based neighbours compare it with the other users by: all of
 * them, or for a profile of more than {@value #MOST}, a seeded sample of that many, so that the
 * same profile always gets the same neighbours and one query never costs more than a profile of
 * {@value #MOST} ratings. Above every ml-latest-small user's count (at most 2,698), so its users
 * are compared by all their ratings.
 */
final class ComparedRatings {

    static final int MOST = 3000;
    private static final long SAMPLE_SEED = 0x5A3B1E;

    private final Ratings ratings;
    private final int[] movies;
    private final int[] halfStars;
    private final long raterEntries;

    private ComparedRatings(Ratings ratings, int[] movies, int[] halfStars, long raterEntries) {
        this.ratings = ratings;
        this.movies = movies;
        this.halfStars = halfStars;
        this.raterEntries = raterEntries;
    }

    static ComparedRatings of(Profile profile, Ratings ratings) {
        int[] positions = positions(profile.size());
        int[] movies = new int[positions.length];
        int[] halfStars = new int[positions.length];
        long entries = 0;
        for (int i = 0; i < positions.length; i++) {
            movies[i] = profile.movieAt(positions[i]);
            halfStars[i] = profile.halfStarsAt(positions[i]);
            entries += ratings.movieRatingCount(movies[i]);
        }
        return new ComparedRatings(ratings, movies, halfStars, entries);
    }

    /**
     * The positions of a profile's ratings that it is compared by, ascending: all of them, or for
     * a profile of more than {@value #MOST}, that many drawn with a fixed seed.
     */
    static int[] positions(int size) {
        int[] positions = new int[size];
        for (int i = 0; i < size; i++) {
            positions[i] = i;
        }
        if (size <= MOST) {
            return positions;
        }
        SeededShuffle.sampleToFront(positions, size, MOST, new SplittableRandom(SAMPLE_SEED));
        int[] kept = Arrays.copyOf(positions, MOST);
        Arrays.sort(kept);
        return kept;
    }

    int size() {
        return movies.length;
    }

    int movieAt(int i) {
        return movies[i];
    }

    int halfStarsAt(int i) {
        return halfStars[i];
    }

    /** The entries of the compared movies' per-movie rows: what one scan of their raters reads. */
    long raterEntries() {
        return raterEntries;
    }

    /**
     * The first user of each of {@code parts} consecutive ranges of users that hold about as many
     * of the compared movies' rater entries (cut where the most rated movie's raters are), and the
     * user count last.
     */
    int[] partBounds(int parts) {
        int[] bounds = new int[parts + 1];
        bounds[parts] = ratings.userCount();
        if (parts == 1) {
            return bounds;
        }
        int widest = 0;
        for (int i = 1; i < movies.length; i++) {
            widest = ratings.movieRatingCount(movies[i]) > ratings.movieRatingCount(movies[widest]) ? i : widest;
        }
        int start = ratings.movieStart(movies[widest]);
        int count = ratings.movieRatingCount(movies[widest]);
        for (int p = 1; p < parts; p++) {
            bounds[p] = Math.max(bounds[p - 1], ratings.movieUserAt(start + (int) ((long) count * p / parts)));
        }
        return bounds;
    }

    /** For each compared movie, its first entry whose rater is {@code firstUser} or later in the user order. */
    int[] cursorsFrom(int firstUser) {
        int[] cursors = new int[movies.length];
        cursorsFrom(firstUser, cursors);
        return cursors;
    }

    /** Sets {@code cursors} to each compared movie's first entry whose rater is {@code firstUser} or later in the user order. */
    void cursorsFrom(int firstUser, int[] cursors) {
        for (int i = 0; i < movies.length; i++) {
            cursors[i] = ratings.movieEntryFrom(movies[i], firstUser, ratings.movieStart(movies[i]));
        }
    }
}
