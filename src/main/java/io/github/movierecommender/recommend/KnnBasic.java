package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.OptionalDouble;

/**
 * Rating prediction as Surprise's {@code KNNBasic} does it, user-based with MSD similarity
 * (1 / (1 + mean squared difference over co-rated movies), 0 with none in common): the estimate
 * for a movie is the similarity-weighted mean rating of the k most similar users among those who
 * rated it, counting only similarities above 0; with fewer than one such user there is none.
 * Thread-safe: scratch space is per thread.
 */
public final class KnnBasic {

    private final Ratings ratings;
    private final ThreadLocal<Scratch> scratch;

    public KnnBasic(Ratings ratings) {
        this.ratings = ratings;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(ratings.userCount()));
    }

    /** Similarities of every user to the profile, indexed by user; the profile's own user gets 0. */
    public double[] similarities(Profile profile) {
        Scratch space = scratch.get();
        double[] similarity = new double[ratings.userCount()];
        int touched = 0;
        for (int i = 0; i < profile.size(); i++) {
            int m = profile.movieAt(i);
            int p = profile.halfStarsAt(i);
            for (int j = ratings.movieStart(m); j < ratings.movieEnd(m); j++) {
                int v = ratings.movieUserAt(j);
                if (v == profile.userIndex()) {
                    continue;
                }
                int difference = p - ratings.movieHalfStarsAt(j);
                if (space.common[v]++ == 0) {
                    space.touched[touched++] = v;
                }
                space.squared[v] += difference * difference;
            }
        }
        for (int t = 0; t < touched; t++) {
            int v = space.touched[t];
            similarity[v] = 1 / (1 + space.squared[v] / 4.0 / space.common[v]);
            space.common[v] = 0;
            space.squared[v] = 0;
        }
        return similarity;
    }

    /** The estimate for {@code movie} from the k most similar of its raters; ties go to the smaller user index. */
    public OptionalDouble predict(double[] similarity, int movie, int k) {
        TopN nearest = new TopN(k, (a, b) -> {
            int bySimilarity = Double.compare(similarity[b], similarity[a]);
            return bySimilarity != 0 ? bySimilarity : Integer.compare(a, b);
        });
        Scratch space = scratch.get();
        for (int j = ratings.movieStart(movie); j < ratings.movieEnd(movie); j++) {
            int v = ratings.movieUserAt(j);
            if (similarity[v] > 0) {
                space.rating[v] = ratings.movieHalfStarsAt(j);
                nearest.offer(v);
            }
        }
        double weighted = 0;
        double weights = 0;
        for (int v : nearest.best()) {
            weighted += similarity[v] * space.rating[v] / 2.0;
            weights += similarity[v];
        }
        return weights > 0 ? OptionalDouble.of(weighted / weights) : OptionalDouble.empty();
    }

    private static final class Scratch {
        final int[] common;
        final long[] squared;
        final int[] touched;
        final int[] rating;

        Scratch(int users) {
            common = new int[users];
            squared = new long[users];
            touched = new int[users];
            rating = new int[users];
        }
    }
}
