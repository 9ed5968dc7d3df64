package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass reading of plain lines gives what the general path gives: the same ratings and the
 * same messages for the same lines. A space before a line sends it down the general path, which
 * reads it as the line without the space, so each line is compared with itself spaced.
 */
class RatingLineParserTest {

    private static final List<String> TOKENS = List.of("0", "1", "7", "01", "5", "10", "2147483647", "2147483648",
            "4294967295", "4294967296", "12345678901", "4.5", "4.0", "4.50", "0.5", "5.5", "4.", "4.2", ".5", "-1",
            "", "a", " 3", "3 ", "3e1", "1,5");

    @ParameterizedTest
    @ValueSource(strings = {",", "::", "\t"})
    void plainLinesReadAsTheGeneralPathReadsThem(String separator) {
        Random random = new Random(15);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int fields = random.nextInt(10) == 0 ? 3 + 2 * random.nextInt(2) : 4;
            String line = String.join(separator, IntStream.range(0, fields)
                    .mapToObj(f -> random.nextInt(3) == 0 ? TOKENS.get(random.nextInt(TOKENS.size()))
                            : String.valueOf(f == 2 ? (1 + random.nextInt(10)) / 2.0 : random.nextInt(1 << 30)))
                    .toList());
            lines.add(random.nextInt(20) == 0 ? line + "\r" : line);
        }
        RatingBlock plain = parse(separator, String.join("\n", lines));
        RatingBlock spaced = parse(separator, String.join("\n", lines.stream().map(line -> " " + line).toList()));

        assertEquals(spaced.size, plain.size);
        assertArrayEquals(Arrays.copyOf(spaced.movieIds, spaced.size), Arrays.copyOf(plain.movieIds, plain.size));
        assertArrayEquals(Arrays.copyOf(spaced.halfStars, spaced.size), Arrays.copyOf(plain.halfStars, plain.size));
        assertArrayEquals(Arrays.copyOf(spaced.times, spaced.size), Arrays.copyOf(plain.times, plain.size));
        assertArrayEquals(Arrays.copyOf(spaced.runUsers, spaced.runs), Arrays.copyOf(plain.runUsers, plain.runs));
        assertEquals(spaced.badLines.count(), plain.badLines.count());
        assertEquals(spaced.badLines.first().toString(), plain.badLines.first().toString());
        assertEquals(lines.size(), plain.lines);
    }

    @Test
    void readsTheEdgesOfEveryFieldAndTheLastLineWithoutABreak() {
        RatingBlock block = parse(",", "1,2,0.5,0\n2147483647,3,5.0,4294967295\r\n01,002,4.5,7\n4,5,5,6");

        assertEquals(4, block.size);
        assertArrayEquals(new int[] {1, 2147483647, 1, 4}, Arrays.copyOf(block.runUsers, block.runs));
        assertArrayEquals(new int[] {2, 3, 2, 5}, Arrays.copyOf(block.movieIds, 4));
        assertArrayEquals(new byte[] {1, 10, 9, 10}, Arrays.copyOf(block.halfStars, 4));
        assertArrayEquals(new int[] {0, -1, 7, 6}, Arrays.copyOf(block.times, 4));
        assertEquals(0, block.badLines.count());
    }

    @Test
    void namesWhatIsWrongWithALineThatLooksPlain() {
        RatingBlock block = parse(",",
                "1,2,5.5,3\n1,2,4.,3\n1,2,4.2,3\n2147483648,2,4,3\n1,2,4,4294967296\n1,2,4,3,5\n1,2,4");

        assertEquals(0, block.size);
        assertEquals(List.of(
                "r.csv, line 1: rating '5.5' is outside the scale 0.5 to 5",
                "r.csv, line 2: rating '4.' is not a number",
                "r.csv, line 3: rating '4.2' is not a multiple of 0.5",
                "r.csv, line 4: user id '2147483648' is not a whole number",
                "r.csv, line 5: timestamp '4294967296' is not a whole number of seconds",
                "r.csv, line 6: expected 4 fields (userId, movieId, rating, timestamp) but found 5",
                "r.csv, line 7: expected 4 fields (userId, movieId, rating, timestamp) but found 3"),
                block.badLines.first().stream().map(BadLine::toString).toList());
    }

    private static RatingBlock parse(String separator, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new RatingLineParser(separator, "r.csv").parse(bytes, bytes.length);
    }
}
