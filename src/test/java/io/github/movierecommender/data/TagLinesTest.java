package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tag lines are read straight from their bytes when they are plain and as text otherwise: both
 * ways must give the same tags, counted together, and the same bad-line messages.
 */
class TagLinesTest {

    @TempDir
    Path tmp;

    @Test
    void plainQuotedAndUnusualTagLinesGiveTheSameTagsAsText() throws Exception {
        Dataset dataset = loadWithTags("""
                userId,movieId,tag,timestamp
                1,1,funny,1100000000
                2,1,"funny",1100000001
                3,1, funny ,1100000002
                4,1,"prison, hope",1100000003
                5,1,prison, hope,1100000004
                6,1,"say \"\"hi\"\"",1100000005
                7,1,Amélie,1100000006
                8,1,"prison, hope",1100000007
                9, 2,funny,1100000008
                10,2,funny,not a time
                11,2,funny\r
                12,2,"funny"  ,1100000009
                """);

        assertEquals(List.of("funny", "prison, hope", "say \"hi\"", "Amélie"), tagsOf(dataset, 1));
        assertEquals(List.of("funny"), tagsOf(dataset, 2));
        assertEquals(10, dataset.tags().count());
        assertEquals(List.of("tags.csv:6 expected 4 fields (userId, movieId, tag, timestamp) but found 5",
                        "tags.csv:12 expected 4 fields (userId, movieId, tag, timestamp) but found 3"),
                badLines(dataset));
    }

    @Test
    void badTagLinesAndBlankRunsAreNamedByTheirLinesAmongPlainOnes() throws Exception {
        Dataset dataset = loadWithTags("""
                userId,movieId,tag,timestamp
                1,1,funny,1100000000


                1,x1,funny,1100000000
                99999999999,1,funny,1100000000
                1,1,,1100000000
                1,1,"",1100000000
                1,1,"   ",1100000000
                1,2,dark,1100000000
                """);

        assertEquals(List.of("funny"), tagsOf(dataset, 1));
        assertEquals(List.of("dark"), tagsOf(dataset, 2));
        assertEquals(List.of("tags.csv:3 blank line", "tags.csv:4 blank line",
                        "tags.csv:5 movie id 'x1' is not a whole number",
                        "tags.csv:6 user id '99999999999' is not a whole number",
                        "tags.csv:7 the tag is empty",
                        "tags.csv:8 the tag is empty",
                        "tags.csv:9 the tag is empty"),
                badLines(dataset));
    }

    @Test
    void manyDistinctTagsKeepTheirTextsAndUses() throws Exception {
        StringBuilder tags = new StringBuilder("userId,movieId,tag,timestamp\n");
        for (int i = 0; i < 5000; i++) {
            tags.append(i).append(",1,tag").append(i % 3000).append(",1100000000\n");
            tags.append(i).append(",2,\"tag, ").append(i % 7).append("\",1100000000\n");
        }
        Dataset dataset = loadWithTags(tags.toString());

        List<String> first = tagsOf(dataset, 1);
        assertEquals(3000, first.size());
        assertEquals("tag0", first.get(0), "used twice, listed before the tags used once");
        assertEquals("tag1999", first.get(1999));
        assertEquals("tag2000", first.get(2000));
        assertEquals(List.of("tag, 0", "tag, 1", "tag, 2", "tag, 3", "tag, 4", "tag, 5", "tag, 6"), tagsOf(dataset, 2));
        assertEquals(10_000, dataset.tags().count());
    }

    private Dataset loadWithTags(String tags) throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.writeString(release.resolve("tags.csv"), tags, StandardCharsets.UTF_8);
        return DatasetLoader.load(release);
    }

    private static List<String> tagsOf(Dataset dataset, int movieId) {
        return dataset.tags().of(dataset.movies().indexOf(movieId));
    }

    private static List<String> badLines(Dataset dataset) {
        return dataset.report().firstBadLines().stream()
                .map(bad -> Path.of(bad.file()).getFileName() + ":" + bad.line() + " " + bad.problem())
                .toList();
    }
}
