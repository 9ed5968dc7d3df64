package io.github.movierecommender.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.ChildJvm;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged profile far larger than the heap of the process that opens it: one line of 96 MB
 * without a line break, two million bad lines and a million blank ones. It is set aside whole
 * and the profile keeps its sound ratings, in a process with 64 MB of heap.
 */
class LargeDamagedProfileTest {

    private static final int LONG_LINE_BYTES = 96 << 20;
    private static final int BAD_LINES = 2_000_000;
    private static final int BLANK_LINES = 1_000_000;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void isSetAsideAndReadForItsSoundRatingsInASmallHeap() throws Exception {
        Path profiles = Files.createDirectories(folder.resolve("profiles"));
        Path file = profiles.resolve("Me.csv");
        writeDamaged(file);
        long size = Files.size(file);

        Process opener = ChildJvm.command(List.of("-Xmx64m", ChildJvm.BRIEF), DamagedProfileOpener.class,
                profiles.toString(), "Me")
                .redirectError(folder.resolve("errors.txt").toFile())
                .start();
        List<String> out = new String(opener.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertTrue(opener.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, opener.exitValue(), () -> read(folder.resolve("errors.txt")));
        assertThat(out).hasSize(4);
        assertEquals(Long.toString(1L + BAD_LINES + BLANK_LINES), out.get(0));
        assertEquals(file + ", line 3: the line is longer than " + RatingsCsv.MAX_LINE_BYTES + " bytes", out.get(1));
        assertEquals("2", out.get(2));
        Path keptAs = Path.of(out.get(3));
        assertEquals(size, Files.size(keptAs));
        assertThat(RatingsFile.read(file).ratings()).containsExactly(new ProfileRating(1, 4, 10),
                new ProfileRating(3, 5, 10));
    }

    private static void writeDamaged(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("userId,movieId,rating,timestamp\n0,1,4.0,10\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int written = 0; written < LONG_LINE_BYTES; written += chunk.length) {
                out.write(chunk);
            }
            out.write('\n');
            byte[] bad = "0,2,x,10\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < BAD_LINES; i++) {
                out.write(bad);
            }
            for (int i = 0; i < BLANK_LINES; i++) {
                out.write('\n');
            }
            out.write("0,3,5.0,10\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
