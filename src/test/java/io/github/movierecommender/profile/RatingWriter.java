package io.github.movierecommender.profile;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * The child process of {@link CrashSafetyTest}: changes the profile "Me" in {@code args[0]} step
 * by step from step {@code args[1]} on, printing each step's number once its write has returned,
 * until it is killed. Step {@code s} is always the same change, so a step done twice does no harm.
 */
public final class RatingWriter {

    static final String PROFILE = "Me";
    static final String READY = "ready";

    private RatingWriter() {
    }

    public static void main(String[] args) throws ProfileException {
        ProfileStore store = new ProfileStore(Path.of(args[0]), Clock.systemUTC());
        SavedProfile profile = store.list().contains(PROFILE) ? store.load(PROFILE) : store.create(PROFILE);
        // Movie 0 is never rated: this goes once through a change, lock and all, writing nothing, so that the
        // kills fall among the writes and not in the Java runtime's first-use set-up.
        profile.unrate(0);
        System.out.println(READY);
        System.out.flush();
        for (long step = Long.parseLong(args[1]); ; step++) {
            int movieId = movieOf(step);
            if (isRemoval(step)) {
                profile.unrate(movieId);
            } else {
                profile.rate(movieId, ratingOf(step));
            }
            System.out.println(step);
            System.out.flush();
        }
    }

    /** The ratings after the steps up to {@code lastStep} on those before. */
    static Map<Integer, Double> apply(Map<Integer, Double> before, long firstStep, long lastStep) {
        Map<Integer, Double> after = new TreeMap<>(before);
        for (long step = firstStep; step <= lastStep; step++) {
            if (isRemoval(step)) {
                after.remove(movieOf(step));
            } else {
                after.put(movieOf(step), ratingOf(step));
            }
        }
        return after;
    }

    private static int movieOf(long step) {
        return 1 + (int) (step % 40);
    }

    private static boolean isRemoval(long step) {
        return step % 7 == 3;
    }

    private static double ratingOf(long step) {
        return 0.5 * (1 + (step * 31) % 10);
    }
}
