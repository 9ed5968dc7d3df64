package io.github.movierecommender.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.movierecommender.ChildJvm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is writing ratings through a {@link ProfileStore} at random moments, again
 * and again, and checks after each kill that the profile file is whole and holds every rating the
 * writer had acknowledged.
 */
class CrashSafetyTest {

    private static final int KILLS = 30;
    private static final int MAX_WRITE_MILLIS_BEFORE_KILL = 150;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aKilledWriterLeavesEveryAcknowledgedRatingAndNothingHalfWritten() throws Exception {
        Random random = new Random(20_240_601L);
        Path profiles = folder.resolve("profiles");
        Path file = profiles.resolve(ProfileNames.fileName(RatingWriter.PROFILE));
        Map<Integer, Double> acknowledged = new TreeMap<>();
        long nextStep = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Process writer = start(profiles, nextStep);
            InputStream out = writer.getInputStream();
            if (!RatingWriter.READY.equals(readLine(out))) {
                fail("the writer did not start: " + errors(writer));
            }
            Thread.sleep(random.nextInt(MAX_WRITE_MILLIS_BEFORE_KILL));
            // Through its handle: Process.destroyForcibly also closes the pipe holding the last acknowledgements.
            writer.toHandle().destroyForcibly();
            assertTrue(writer.waitFor(10, TimeUnit.SECONDS), "the killed writer did not end");

            List<Long> steps = completeLines(out).stream().map(Long::parseLong).toList();
            for (int i = 0; i < steps.size(); i++) {
                assertEquals(nextStep + i, steps.get(i), "acknowledged steps in order");
            }
            long lastAcknowledged = nextStep + steps.size() - 1;
            acknowledged = RatingWriter.apply(acknowledged, nextStep, lastAcknowledged);
            Map<Integer, Double> withOneMore = RatingWriter.apply(acknowledged, lastAcknowledged + 1,
                    lastAcknowledged + 1);
            RatingsFile written = RatingsFile.read(file);

            assertThat(written.badLines()).as("kill %d after step %d", kill, lastAcknowledged).isEmpty();
            Map<Integer, Double> found = written.ratings().stream()
                    .collect(Collectors.toMap(ProfileRating::movieId, ProfileRating::rating));
            assertThat(found).as("kill %d after step %d", kill, lastAcknowledged).isIn(acknowledged, withOneMore);
            nextStep = lastAcknowledged + 1;
        }
        assertThat(nextStep).as("steps acknowledged over all kills").isGreaterThan(KILLS);
    }

    private Process start(Path profiles, long firstStep) throws IOException {
        return ChildJvm.command(List.of(ChildJvm.BRIEF), RatingWriter.class, profiles.toString(),
                Long.toString(firstStep))
                .redirectError(folder.resolve("writer-errors.txt").toFile())
                .start();
    }

    /** One line, read byte by byte so that nothing after it is consumed. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            line.append((char) b);
        }
        return line.toString();
    }

    /** The lines up to the end of the stream; a last line the kill cut short is not one. */
    private static List<String> completeLines(InputStream in) throws IOException {
        String rest = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        int end = rest.lastIndexOf('\n');
        return end < 0 ? List.of() : rest.substring(0, end).lines().toList();
    }

    private String errors(Process writer) throws IOException, InterruptedException {
        writer.destroyForcibly().waitFor();
        return Files.readString(folder.resolve("writer-errors.txt"));
    }
}
