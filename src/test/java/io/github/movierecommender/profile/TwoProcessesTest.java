package io.github.movierecommender.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two processes, as two windows of the app, rating movies of the same profile at the same time. */
class TwoProcessesTest {

    private static final int EACH = 500;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void twoProcessesRatingTheSameProfileAtOnceKeepEveryRating() throws Exception {
        Path profiles = folder.resolve("profiles");
        Path file = new ProfileStore(profiles, Clock.systemUTC()).create("Me").file();
        Process first = start(profiles, 1, "first");
        Process second = start(profiles, 1 + EACH, "second");
        BufferedReader firstOut = output(first);
        BufferedReader secondOut = output(second);
        assertEquals(ConcurrentRater.READY, firstOut.readLine(), () -> errors("first"));
        assertEquals(ConcurrentRater.READY, secondOut.readLine(), () -> errors("second"));

        go(first);
        go(second);
        int firstSaw = Integer.parseInt(firstOut.readLine());
        int secondSaw = Integer.parseInt(secondOut.readLine());

        assertTrue(first.waitFor(1, TimeUnit.MINUTES) && second.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, first.exitValue(), () -> errors("first"));
        assertEquals(0, second.exitValue(), () -> errors("second"));
        RatingsFile written = RatingsFile.read(file);
        assertThat(written.badLines()).isEmpty();
        assertThat(written.ratings()).extracting(ProfileRating::movieId)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 2 * EACH).boxed().toList());
        // One process may finish before the other starts rating; the one that ends last sees every rating.
        assertThat(List.of(firstSaw, secondSaw)).as("the process that ends last sees the other's ratings too")
                .contains(2 * EACH);
    }

    private Process start(Path profiles, int firstMovie, String name) throws IOException {
        return ChildJvm.command(List.of(ChildJvm.BRIEF), ConcurrentRater.class, profiles.toString(), "Me",
                Integer.toString(firstMovie), Integer.toString(EACH))
                .redirectError(folder.resolve(name + "-errors.txt").toFile())
                .start();
    }

    private static BufferedReader output(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
    }

    private static void go(Process process) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write('\n');
        in.flush();
    }

    private String errors(String name) {
        try {
            return Files.readString(folder.resolve(name + "-errors.txt"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
