package io.github.movierecommender.data;

import static io.github.movierecommender.data.DatasetAssertions.assertConsistent;
import static io.github.movierecommender.data.DatasetAssertions.movie;
import static io.github.movierecommender.data.DatasetAssertions.stars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.data.Fixtures.Packaging;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BadRowsTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Packaging.class)
    void skipsEachKindOfBadRatingsLineAndNamesItsLine(Packaging packaging) throws Exception {
        Dataset dataset = DatasetLoader.load(packaging.of("bad-ratings-csv", tmp));

        assertBadLines(dataset,
                "ratings.csv:3 expected 4 fields (userId, movieId, rating, timestamp) but found 3",
                "ratings.csv:4 user id 'x' is not a whole number",
                "ratings.csv:5 movie id 'abc' is not a whole number",
                "ratings.csv:6 rating '5.5' is outside the scale",
                "ratings.csv:7 blank line",
                "ratings.csv:8 broken quoting",
                "ratings.csv:9 rating '0' is outside the scale",
                "ratings.csv:10 rating '4.25' is not a multiple of 0.5",
                "ratings.csv:11 rating 'three' is not a number",
                "ratings.csv:12 timestamp '-5' is not a whole number");
        assertEquals(10, dataset.report().skippedLines());
        assertEquals(3, dataset.ratings().size());
        assertEquals(4.0, stars(dataset, 1, 1));
        assertEquals(3.5, stars(dataset, 2, 3), "a quoted field is read");
        assertEquals(1.0, stars(dataset, 3, 2));
        assertConsistent(dataset);
    }

    @Test
    void blankLinesAtTheEndOfACatalogueFileAreNotBadLinesButOnesInTheMiddleAre() throws Exception {
        Path release = Fixtures.copy("ml-100k", tmp);
        Files.writeString(release.resolve("u.genre"), "\n\n", StandardOpenOption.APPEND);
        assertEquals(0, DatasetLoader.load(release).report().skippedLines());

        Files.writeString(release.resolve("u.genre"), "unknown|0\n\n" + Files.readString(release.resolve("u.genre"))
                .substring("unknown|0\n".length()));
        Dataset dataset = DatasetLoader.load(release);
        assertEquals(1, dataset.report().skippedLines());
        assertEquals("blank line", dataset.report().firstBadLines().get(0).problem().toString());
        assertEquals(2, dataset.report().firstBadLines().get(0).line());
    }

    @ParameterizedTest
    @EnumSource(Packaging.class)
    void skipsBadDatLines(Packaging packaging) throws Exception {
        Dataset dataset = DatasetLoader.load(packaging.of("bad-ratings-dat", tmp));

        assertBadLines(dataset,
                "movies.dat:4 expected 3 fields (MovieID::Title::Genres) but found 2",
                "ratings.dat:2 expected 4 fields (userId, movieId, rating, timestamp) but found 3",
                "ratings.dat:3 expected 4 fields (userId, movieId, rating, timestamp) but found 5",
                "ratings.dat:4 user id 'one' is not a whole number",
                "ratings.dat:5 rating '6' is outside the scale",
                "ratings.dat:6 blank line",
                "ratings.dat:7 expected 4 fields (userId, movieId, rating, timestamp) but found 1");
        assertEquals(7, dataset.report().skippedLines());
        assertEquals(2, dataset.ratings().size());
        assertEquals(5.0, stars(dataset, 1, 1));
        assertEquals(2.0, stars(dataset, 2, 2));
        assertEquals(3, dataset.movies().size());
        assertConsistent(dataset);
    }

    @ParameterizedTest
    @EnumSource(Packaging.class)
    void skipsBadMovieLinkAndTagLines(Packaging packaging) throws Exception {
        Dataset dataset = DatasetLoader.load(packaging.of("bad-catalog", tmp));

        assertBadLines(dataset,
                "movies.csv:3 broken quoting",
                "movies.csv:4 movie id 'x3' is not a whole number",
                "movies.csv:5 expected 3 fields (movieId, title, genres) but found 2",
                "movies.csv:6 blank line",
                "movies.csv:8 movie id 1 appears again; the first entry is kept",
                "movies.csv:9 movie id '７' is not a whole number",
                "links.csv:2 IMDb or TMDB id is not a whole number",
                "tags.csv:3 the tag is empty",
                "tags.csv:4 expected 4 fields (userId, movieId, tag, timestamp) but found 5");
        assertEquals(9, dataset.report().skippedLines());
        assertEquals(2, dataset.movies().size());
        assertEquals("Toy Story", movie(dataset, 1).displayTitle());
        assertEquals("The Usual Suspects", movie(dataset, 5).displayTitle());
        assertEquals(Movie.NO_LINK, movie(dataset, 1).imdbId());
        assertEquals(100005, movie(dataset, 5).imdbId());
        assertEquals(1, dataset.tags().count());
        assertEquals(List.of("funny"), dataset.tags().of(dataset.movies().indexOf(1)));
        assertEquals(2, dataset.ratings().size());
    }

    @Test
    void aBadLineInAZipIsNamedByZipAndEntry() throws Exception {
        Path zip = Fixtures.zip("bad-ratings-dat", tmp);

        Dataset dataset = DatasetLoader.load(zip);

        BadLine badRating = dataset.report().firstBadLines().get(1);
        assertEquals(zip + "!/bad-ratings-dat/ratings.dat", badRating.file());
        assertEquals(zip + "!/bad-ratings-dat/ratings.dat, line 2: " + badRating.problem(), badRating.toString());
    }

    @Test
    void listsTheFirstTenBadLinesAndCountsAll() throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp);
        Files.writeString(release.resolve("ratings.csv"), "1,1,oops,1100000000\n".repeat(15),
                StandardOpenOption.APPEND);

        LoadReport report = DatasetLoader.load(release).report();

        assertEquals(15, report.skippedLines());
        assertEquals(LoadReport.BAD_LINES_LISTED, report.firstBadLines().size());
        assertEquals(13, report.firstBadLines().get(0).line());
        assertEquals(22, report.firstBadLines().get(9).line());
    }

    @Test
    void numbersLinesAcrossTheWholeOfALargeRatingsFile() throws Exception {
        int lines = 450_000;
        Path release = Fixtures.largeRelease(tmp, lines, 2, 225_001, lines + 1);
        assertTrue(Files.size(release.resolve("ratings.csv")) > 2L * RatingsFileParser.CHUNK_BYTES,
                "spans several chunks");

        Dataset dataset = DatasetLoader.load(release);

        assertBadLines(dataset, "ratings.csv:2 rating 'oops' is not a number",
                "ratings.csv:225001 rating 'oops' is not a number",
                "ratings.csv:" + (lines + 1) + " rating 'oops' is not a number");
        assertEquals(lines - 3, dataset.ratings().size());
        assertConsistent(dataset);
    }

    /** Each expected line is "file:line problem", the file by its bare name. */
    private static void assertBadLines(Dataset dataset, String... expected) {
        List<String> actual = dataset.report().firstBadLines().stream()
                .map(bad -> bareName(bad.file()) + ":" + bad.line() + " " + bad.problem()).toList();
        assertEquals(expected.length, actual.size(), () -> "bad lines " + actual);
        for (int i = 0; i < expected.length; i++) {
            assertTrue(actual.get(i).startsWith(expected[i]),
                    "expected '" + expected[i] + "' but found '" + actual.get(i) + "'");
        }
    }

    private static String bareName(String file) {
        return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    }
}
