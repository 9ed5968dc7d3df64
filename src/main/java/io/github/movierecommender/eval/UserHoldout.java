package io.github.movierecommender.eval;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.recommend.BuildCancelledException;
import io.github.movierecommender.recommend.BuildMonitor;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.MethodSettings;
import io.github.movierecommender.recommend.MovieRating;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.Recommendation;
import io.github.movierecommender.recommend.Training;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The evaluation's hold-out for one person: a seeded share of their ratings is set aside, each
 * method is built on every other rating and lists n movies from the ratings left, and its hits are
 * the set-aside movies rated 4 stars or more that the list holds. For a user of the dataset the
 * set-aside ratings leave the training data too; an own profile is not in it.
 */
public final class UserHoldout {

    /** The share held out unless asked otherwise, as in the Evaluation tab's hold-out. */
    public static final double DEFAULT_SHARE = 0.2;
    /** Progress steps per method, so that a long build moves the progress too. */
    private static final long STEPS = 1000;

    private final Training training;
    private final Profile kept;
    private final int[] heldOutMovies;
    private final int[] heldOutHalfStars;

    private UserHoldout(Training training, Profile kept, int[] heldOutMovies, int[] heldOutHalfStars) {
        this.training = training;
        this.kept = kept;
        this.heldOutMovies = heldOutMovies;
        this.heldOutHalfStars = heldOutHalfStars;
    }

    /**
     * Holds out {@code share} (rounded) of {@code user}'s ratings, drawn with {@code seed}, but
     * always keeps one; the same user, share and seed hold out the same ratings.
     */
    public static UserHoldout of(Dataset dataset, Profile user, double share, long seed) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("the held-out share must be between 0 and 1, not " + share);
        }
        int count = user.size();
        int held = (int) Math.max(0, Math.min(count - 1L, Math.round(share * count)));
        boolean[] out = new boolean[count];
        int[] order = Shuffle.range(count, new SplittableRandom(seed));
        for (int i = 0; i < held; i++) {
            out[order[i]] = true;
        }
        int[] movies = new int[held];
        int[] halfStars = new int[held];
        List<MovieRating> rest = new ArrayList<>(count - held);
        for (int i = 0, at = 0; i < count; i++) {
            if (out[i]) {
                movies[at] = user.movieAt(i);
                halfStars[at++] = user.halfStarsAt(i);
            } else {
                rest.add(new MovieRating(dataset.movies().at(user.movieAt(i)).id(), user.halfStarsAt(i) / 2.0));
            }
        }
        if (!user.isDatasetUser()) {
            return new UserHoldout(Training.of(dataset, seed), Profile.of(dataset, rest), movies, halfStars);
        }
        Dataset rested = dataset.withRatings(withoutHeldOut(dataset.ratings(), user.userIndex(), out));
        return new UserHoldout(Training.of(rested, seed), Profile.ofUser(rested, user.userId()).orElseThrow(),
                movies, halfStars);
    }

    /** Every rating but the user's held-out ones; a profile's ratings are in the row's order. */
    private static Ratings withoutHeldOut(Ratings all, int u, boolean[] out) {
        BitSet keep = new BitSet(all.size());
        keep.set(0, all.size());
        for (int i = 0; i < out.length; i++) {
            if (out[i]) {
                keep.clear(all.userStart(u) + i);
            }
        }
        return all.keep(keep);
    }

    /** What the methods learn from: without the held-out ratings. */
    public Training training() {
        return training;
    }

    /** The person's ratings left to list from. */
    public Profile kept() {
        return kept;
    }

    /** The held-out movies, by ascending movie index. */
    public int[] heldOutMovies() {
        return heldOutMovies.clone();
    }

    /** The held-out ratings of 4 stars or more: those a list should find. */
    public int relevant() {
        return (int) Arrays.stream(heldOutHalfStars).filter(stars -> stars >= SplitEvaluation.RELEVANT_HALF_STARS)
                .count();
    }

    /**
     * Builds each method on the training part and counts the hits of its list of
     * {@code settings.n()} for the ratings kept; {@code monitor} hears one step per method and can
     * stop it between and within builds ({@link EvaluationCancelledException}).
     */
    public List<MethodHits> hits(List<Method> methods, MethodSettings settings, EvalMonitor monitor) {
        List<MethodHits> hits = new ArrayList<>(methods.size());
        try {
            for (Method method : methods) {
                BuildMonitor building = building(monitor, hits.size(), methods.size());
                building.stopIfCancelled();
                List<Recommendation> list = method.build(training, building).forProfile(kept).recommend(settings)
                        .items();
                int found = (int) list.stream().filter(item -> isRelevant(item.movieIndex())).count();
                hits.add(new MethodHits(method, found, relevant(), list.size()));
                monitor.progress((long) hits.size() * STEPS, (long) methods.size() * STEPS);
            }
        } catch (BuildCancelledException e) {
            throw new EvaluationCancelledException();
        }
        return hits;
    }

    /** The build of the method at {@code done} of {@code total}, its progress a share of the whole. */
    private static BuildMonitor building(EvalMonitor monitor, int done, int total) {
        return new BuildMonitor() {
            @Override
            public void progress(double fraction) {
                monitor.progress(done * STEPS + Math.round(fraction * STEPS), (long) total * STEPS);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }

    private boolean isRelevant(int movie) {
        int at = Arrays.binarySearch(heldOutMovies, movie);
        return at >= 0 && heldOutHalfStars[at] >= SplitEvaluation.RELEVANT_HALF_STARS;
    }

    /** A method's hits@n: {@code hits} of the {@code relevant} held-out movies were in its list of {@code listed}. */
    public record MethodHits(Method method, int hits, int relevant, int listed) {
    }
}
