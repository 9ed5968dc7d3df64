package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A large ratings file in a folder has its rows projected from samples spread over it, not from
 * its first block alone: a little above the rows it holds, also when its lines grow longer along
 * it as the releases' do; a file whose tail the samples misjudge still loads every row.
 */
class RowProjectionTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final String RATINGS = "ratings.csv";
    private static final String HEADER = "userId,movieId,rating,timestamp";
    private static final int FILE_BYTES = (int) LineSamples.MIN_FILE_BYTES + (2 << 20);
    /** Above the projection from samples; the first block of a file with growing lines overshoots more. */
    private static final double MOST_OVER = 1.03;
    /** The file's last bytes, past the last sample, which sits in the middle of the last of the file's parts. */
    private static final double TAIL = 0.006;
    private static final String LONG_LINE = "0000000001,0000000002,4.5,1100000000\n";
    private static final String SHORT_LINE = "1,2,4,1\n";

    @TempDir
    Path tmp;

    @Test
    void linesGrowingAlongTheFileAreProjectedALittleAboveTheirCount() throws Exception {
        Path release = release("growing", growingLines());

        Parsed parsed = parse(release);

        assertProjectedALittleAbove(parsed);
        assertSameRowsAsOnePass(release, parsed.rows());
    }

    @Test
    void linesOfOneLengthAreProjectedALittleAboveTheirCount() throws Exception {
        StringBuilder body = new StringBuilder(FILE_BYTES + 64);
        for (int line = 0; body.length() < FILE_BYTES; line++) {
            body.append(padded(line / 7 + 1, 6)).append(',').append(padded(line % 9000 + 1, 5)).append(",3.5,")
                    .append(1_100_000_000 + line).append('\n');
        }
        Path release = release("uniform", body.toString());

        Parsed parsed = parse(release);

        assertProjectedALittleAbove(parsed);
        assertSameRowsAsOnePass(release, parsed.rows());
    }

    @Test
    void blankLinesCountAtMostAsManyAsTheShortestRowsCould() throws Exception {
        Path release = release("blank", "\n".repeat(FILE_BYTES));

        try (DatasetFiles files = DatasetFiles.open(release, Layout.KEY_FILES)) {
            long size = files.size(RATINGS);
            double lines = LineSamples.of(files, RATINGS, size).linesAfter(0);
            assertTrue(lines <= size / 8.0, lines + " lines for " + size + " bytes");
        }
    }

    @Test
    void aZipStreamsItsRatingsSoTheirFirstBlockProjectsThem() throws Exception {
        Path release = release("growing", growingLines());
        Path zip = Fixtures.zip(release, tmp.resolve("growing.zip"), "growing/");

        try (DatasetFiles files = DatasetFiles.open(zip, Layout.KEY_FILES)) {
            assertEquals(-1, LineSamples.of(files, RATINGS, files.size(RATINGS)).linesAfter(0), "no samples");
        }
        Parsed parsed = parse(zip);

        assertTrue(parsed.projected() > parsed.rows().size * MOST_OVER,
                "the first block's shorter lines project " + parsed.projected() + " for " + parsed.rows().size);
        assertSameRowsAsOnePass(release, parsed.rows());
    }

    @Test
    void aTailDenserThanTheSamplesGrowsTheRowsAndLosesNone() throws Exception {
        Path release = release("dense-tail", linesWithTail(LONG_LINE, SHORT_LINE));

        Parsed parsed = parse(release);

        assertTrue(parsed.projected() < parsed.rows().size, "the samples missed the tail's rows");
        assertTrue(parsed.rows().movieIds.length > parsed.projected(), "the rows grew");
        assertSameRowsAsOnePass(release, parsed.rows());
    }

    @Test
    void aTailSparserThanTheSamplesLeavesRoomToSpareAndLosesNoRow() throws Exception {
        Path release = release("sparse-tail", linesWithTail(SHORT_LINE, LONG_LINE));

        Parsed parsed = parse(release);

        assertTrue(parsed.projected() > parsed.rows().size * 1.01, "the samples took the tail for dense lines");
        assertEquals(parsed.projected(), parsed.rows().movieIds.length, "no growth");
        assertSameRowsAsOnePass(release, parsed.rows());
    }

    /** Files below {@link LineSamples#MIN_FILE_BYTES} are not sampled, and load as they did. */
    @ParameterizedTest(name = "ratings.csv of {0} lines, its header included")
    @ValueSource(ints = {1, 2, 3, 5000})
    void smallFilesAreNotSampledAndLoadEveryRow(int lines) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int line = 1; line < lines; line++) {
            body.append(line / 3 + 1).append(',').append(line).append(",4.0,1100000000\n");
        }
        Path release = release("small", body.toString());

        try (DatasetFiles files = DatasetFiles.open(release, Layout.KEY_FILES)) {
            assertEquals(-1, LineSamples.of(files, RATINGS, files.size(RATINGS)).linesAfter(0));
        }
        Parsed parsed = parse(release);
        assertEquals(lines - 1, parsed.rows().size);
        assertSameRowsAsOnePass(release, parsed.rows());
    }

    @Test
    void movieLensSmallGivesTheRowsOfOnePass() throws Exception {
        Path release = Path.of(System.getProperty("movielens.small", "../shared/datasets/ml-latest-small"));
        assumeTrue(Files.isDirectory(release), "ml-latest-small is not available");

        Parsed parsed = parse(release);

        assertEquals(100_836, parsed.rows().size);
        assertSameRowsAsOnePass(release, parsed.rows());
    }

    @Test
    void anEmptyFileIsStillReportedEmpty() throws Exception {
        Path release = Files.createDirectories(tmp.resolve("empty"));
        Files.write(release.resolve(RATINGS), new byte[0]);

        DatasetException thrown = assertThrows(DatasetException.class, () -> parse(release));
        assertEquals(DataProblem.EMPTY_FILE, thrown.problem().kind());
    }

    @Test
    void aLargeFileOfLinesLongerThanASampleHasNoSamples() throws Exception {
        String line = "1,1,4.0,1" + "0".repeat(LineSamples.SAMPLE_BYTES) + "\n";
        Path release = release("long-lines", line.repeat(FILE_BYTES / line.length() + 1));

        try (DatasetFiles files = DatasetFiles.open(release, Layout.KEY_FILES)) {
            assertEquals(-1, LineSamples.of(files, RATINGS, files.size(RATINGS)).linesAfter(0), "no samples");
        }
    }

    @Test
    void samplesNotTakenInAMomentAreGivenUpAndEveryRowStillLoads() {
        String body = SHORT_LINE.repeat(6 * RatingsFileParser.CHUNK_BYTES / SHORT_LINE.length());
        byte[] file = (HEADER + "\n" + body).getBytes(StandardCharsets.US_ASCII);
        CountDownLatch never = new CountDownLatch(1);

        RatingsFileParser.Result result = assertTimeoutPreemptively(HANG_GUARD,
                () -> new RatingsFileParser(RATINGS, ",", HEADER).parse(new ByteArrayInputStream(file), file.length,
                        () -> {
                            never.await();
                            return LineSamples.NONE;
                        }, LoadMonitor.NONE));
        never.countDown();

        assertEquals(body.length() / SHORT_LINE.length(), result.ratings().size);
    }

    /** Rows parsed, and the rows first projected, as the arrays allocated ahead were sized; -1 when none were. */
    private record Parsed(RatingRows rows, long projected) {
    }

    /** Parses the ratings of {@code source} as the loader does, the arrays allocated ahead for any projection. */
    private static Parsed parse(Path source) throws Exception {
        AtomicLong projected = new AtomicLong(-1);
        RatingRows.Reserving anySize = new RatingRows.Reserving(1, 1 << 20, rows -> {
            projected.compareAndSet(-1, rows);
            return RatingRows.Columns.allocate(rows);
        });
        try (DatasetFiles files = DatasetFiles.open(source, Layout.KEY_FILES);
             InputStream in = files.open(RATINGS)) {
            long size = files.size(RATINGS);
            RatingsFileParser.Result result = new RatingsFileParser(RATINGS, ",", HEADER, anySize)
                    .parse(in, size, () -> LineSamples.of(files, RATINGS, size), LoadMonitor.NONE);
            return new Parsed(result.ratings(), projected.get());
        }
    }

    private static void assertProjectedALittleAbove(Parsed parsed) {
        int rows = parsed.rows().size;
        assertTrue(parsed.projected() >= rows, parsed.projected() + " projected for " + rows + " rows");
        assertTrue(parsed.projected() <= rows * MOST_OVER, parsed.projected() + " projected for " + rows + " rows");
        assertEquals(parsed.projected(), parsed.rows().movieIds.length, "no growth");
    }

    private static void assertSameRowsAsOnePass(Path release, RatingRows rows) throws Exception {
        byte[] file = Files.readAllBytes(release.resolve(RATINGS));
        int header = HEADER.length() + 1;
        byte[] body = Arrays.copyOfRange(file, header, file.length);
        DatasetAssertions.assertSameRows(new RatingLineParser(",", RATINGS).parse(body, body.length), rows);
    }

    /**
     * Users in ascending order, each with 1 to 6 ratings, so that their ids grow from 1 to 6 digits
     * along the file, as in the releases; movies and times vary from line to line.
     */
    private static String growingLines() {
        Random random = new Random(15);
        StringBuilder body = new StringBuilder(FILE_BYTES + 64);
        for (int user = 1; body.length() < FILE_BYTES; user++) {
            for (int rating = random.nextInt(6); rating >= 0; rating--) {
                int halfStars = 1 + random.nextInt(10);
                body.append(user).append(',').append(1 + random.nextInt(random.nextBoolean() ? 2000 : 200_000))
                        .append(',').append(halfStars / 2).append(halfStars % 2 == 1 ? ".5," : ".0,")
                        .append(800_000_000 + random.nextInt(900_000_000)).append('\n');
            }
        }
        return body.toString();
    }

    /** {@code line} over the file but for its last {@link #TAIL} of bytes, which hold {@code tailLine}. */
    private static String linesWithTail(String line, String tailLine) {
        StringBuilder body = new StringBuilder(FILE_BYTES + 64);
        while (body.length() < FILE_BYTES * (1 - TAIL)) {
            body.append(line);
        }
        while (body.length() < FILE_BYTES) {
            body.append(tailLine);
        }
        return body.toString();
    }

    private Path release(String name, String body) throws Exception {
        Path release = Files.createDirectories(tmp.resolve(name));
        Files.writeString(release.resolve(RATINGS), HEADER + "\n" + body, StandardCharsets.US_ASCII);
        return release;
    }

    private static String padded(int number, int digits) {
        String text = Integer.toString(number);
        return "0".repeat(Math.max(0, digits - text.length())) + text;
    }
}
