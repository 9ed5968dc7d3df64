package io.github.movierecommender.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A child process of {@link TwoProcessesTest}: opens the profile {@code args[1]} of the store in
 * {@code args[0]}, says {@link #READY}, waits for a line on its input, then rates movies
 * {@code args[2]} to {@code args[2] + args[3] - 1} one by one, each as a separate change.
 */
public final class ConcurrentRater {

    static final String READY = "ready";

    private ConcurrentRater() {
    }

    public static void main(String[] args) throws ProfileException, IOException {
        SavedProfile profile = new ProfileStore(Path.of(args[0]), Clock.systemUTC()).load(args[1]);
        int first = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        System.out.println(READY);
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine();
        for (int movieId = first; movieId < first + count; movieId++) {
            profile.rate(movieId, 0.5 + movieId % 10 * 0.5);
        }
        System.out.println(profile.size());
    }
}
