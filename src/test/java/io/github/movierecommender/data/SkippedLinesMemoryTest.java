package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.ChildJvm;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Skipped lines cost no memory each: a release with 50 million blank lines in its catalogue and
 * as many in its ratings loads in a child JVM whose heap is far smaller than one byte per line.
 */
class SkippedLinesMemoryTest {

    private static final int BLANK_LINES = 50_000_000;
    private static final String HEAP = "-Xmx48m";

    @TempDir
    Path tmp;

    @Test
    void fiftyMillionBlankLinesLoadInAFortyEightMegabyteHeap() throws Exception {
        Path zip = tmp.resolve("blank.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "blank/movies.csv", "movieId,title,genres\n1,Toy Story (1995),Comedy\n",
                    "2,Heat (1995),Action\n");
            entry(out, "blank/ratings.csv", "userId,movieId,rating,timestamp\n1,1,4.0,1100000000\n",
                    "1,2,3.0,1100000001\n");
        }

        String outcome = loadInChildJvm(zip);

        assertEquals("loaded, " + 2L * BLANK_LINES + " lines skipped", outcome);
    }

    /** An entry of {@code head}, {@link #BLANK_LINES} blank lines, then {@code tail}. */
    private static void entry(ZipOutputStream out, String name, String head, String tail) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        writeBlankLines(out);
        out.write(tail.getBytes(StandardCharsets.US_ASCII));
        out.closeEntry();
    }

    private static void writeBlankLines(OutputStream out) throws IOException {
        byte[] block = "\n".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        for (int written = 0; written < BLANK_LINES; written += block.length) {
            out.write(block, 0, Math.min(block.length, BLANK_LINES - written));
        }
    }

    private String loadInChildJvm(Path dataset) throws IOException, InterruptedException {
        Path output = tmp.resolve("child-output.txt");
        Process child = ChildJvm.command(List.of(HEAP), LoadInSmallHeap.class, dataset.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = child.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        String printed = Files.readString(output).strip();
        assertTrue(ended && child.exitValue() == 0, () -> "the child JVM failed: " + printed);
        return printed;
    }
}
