package io.github.movierecommender.data;

import static io.github.movierecommender.data.DatasetAssertions.movie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines of movies.csv and links.csv are read straight from their bytes when they are plain and
 * as text otherwise: both ways must give the same movies and the same bad-line messages. Each
 * catalogue is loaded as written and again with the last field of every line quoted, which sends
 * every line through the text reading without changing what it says.
 */
class CatalogLinesTest {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path tmp;

    @Test
    void awkwardTitlesAndLinksGiveWhatTheTextReadingGives() throws Exception {
        List<Line> movies = List.of(
                movieLine("1", "Toy Story (1995)", "Adventure|Animation|Children|Comedy|Fantasy"),
                movieLine("2", "Matrix, The (1999)", "Action|Sci-Fi|Thriller"),
                movieLine("3", "Man Who Knew \"Too Much\", The (1956)", "Thriller"),
                movieLine("4", "Amélie (Fabuleux destin d'Amélie Poulain, Le) (2001)", "Comedy|Romance"),
                movieLine("5", "City of Lost Children, The (Cité des enfants perdus, La) (1995)", "Drama|Sci-Fi"),
                movieLine("6", "Black Mirror", "(no genres listed)"),
                movieLine("7", "Crow, The: Wicked Prayer (2005)", "Action|Fantasy"),
                movieLine("8", "Good, the Bad and the Ugly, The (Buono, il brutto, il cattivo, Il) (1966)", "Western"),
                quotedMovieLine("9", "Chiedimi se sono felice (2000)", "Comedy"),
                movieLine("10", "  Padded Title (1990)  ", "Drama"),
                movieLine("11", "Series (1995–2003)", "unknown|Drama"),
                movieLine("12", "Open Range (2003-)", "Western"),
                movieLine("13", "Two Years (1999) (2000)", "Drama"),
                movieLine("14", "()", ""),
                movieLine("15", "", "Comedy"),
                movieLine("16", "Avventura, L' (1960)", "Drama"),
                movieLine("17", "\"Quoted\" Start (2010)", "Drama| Comedy |Drama"),
                movieLine("18", "東京物語 (1953)", "Drama"),
                movieLine("19", "Emoji \uD83C\uDFAC Movie (2020)", "Animation"),
                movieLine("20", "Tab\tInside (2000)", "Drama"),
                movieLine("21", "Trailing comma, (2000)", "Drama|"),
                movieLine("22", "Smith, A (2001)", "|Comedy|"),
                movieLine("2147483647", "Largest Id (2000)", "Drama"),
                movieLine("0100", "Leading Zeros (2000)", "Drama"),
                movieLine(" 23", "Spaced Id (2000)", "Drama"),
                new Line("40,Caf\u00E9 in Latin-1 (1990),", "Drama", StandardCharsets.ISO_8859_1),
                movieLine("41", "Matrix, The (1999)", "Action|Sci-Fi|Thriller"),
                movieLine("42", "Unique Genres", "Film-Noir|IMAX|Musical|War"));
        List<Line> links = List.of(
                linkLine("1", "0114709", "862"), linkLine("2", "0133093", "603"), linkLine("3", "", ""),
                linkLine("4", "0100", ""), linkLine("5", "", "9"), linkLine("6", " 12", "13"), linkLine("7", "x", "5"),
                linkLine("8", "99999999999", "1"), linkLine("9", "2147483647", "2147483648"), linkLine("999", "1", "2"),
                linkLine("y", "1", "2"), rawLine("10,1,2,3"), rawLine("11,1"), rawLine(",,"), linkLine("1", "5", "6"),
                linkLine("0100", "0000000", "0"), linkLine("42", "2147483647", "2147483647"));

        Comparison both = loadTwice(movies, links);

        assertEquals(both.text().movies().all(), both.plain().movies().all());
        assertEquals(badLines(both.text()), badLines(both.plain()));
        Movie matrix = movie(both.plain(), 2);
        assertEquals("The Matrix", matrix.displayTitle());
        assertEquals(1999, matrix.year());
        assertEquals(Set.of("Action", "Sci-Fi", "Thriller"), matrix.genres());
        assertEquals("The Man Who Knew \"Too Much\"", movie(both.plain(), 3).displayTitle());
        assertEquals("Padded Title", movie(both.plain(), 10).displayTitle());
        assertEquals(Set.of("Drama", "Comedy"), movie(both.plain(), 17).genres());
        assertEquals(Set.of(), movie(both.plain(), 6).genres());
        assertEquals("Café in Latin-1", movie(both.plain(), 40).displayTitle());
        assertEquals(5, movie(both.plain(), 1).imdbId());
        assertEquals(6, movie(both.plain(), 1).tmdbId());
        assertEquals(100, movie(both.plain(), 4).imdbId());
        assertEquals(Movie.NO_LINK, movie(both.plain(), 3).tmdbId());
        assertEquals(List.of("links.csv:8 IMDb or TMDB id is not a whole number",
                        "links.csv:9 IMDb or TMDB id is not a whole number",
                        "links.csv:10 IMDb or TMDB id is not a whole number",
                        "links.csv:12 movie id 'y' is not a whole number",
                        "links.csv:13 expected 3 fields (movieId, imdbId, tmdbId) but found 4",
                        "links.csv:14 expected 3 fields (movieId, imdbId, tmdbId) but found 2",
                        "links.csv:15 movie id '' is not a whole number"),
                badLines(both.plain()));
    }

    @Test
    void badMovieLinesGetTheTextReadingsMessages() throws Exception {
        List<Line> movies = List.of(
                movieLine("1", "First (2000)", "Drama"),
                movieLine("1", "Again (2000)", "Drama"),
                movieLine("x12", "Bad Id", "Drama"),
                movieLine("12345678901", "Too Long", "Drama"),
                movieLine("2147483648", "Too Big", "Drama"),
                movieLine("-5", "Negative", "Drama"),
                rawLine(""),
                rawLine("   "),
                rawLine("30,\"Broken quote,Drama"),
                rawLine("31,Too,Many,Fields"),
                rawLine("32,Too Few"),
                movieLine("33", "Last (2001)", "Comedy"));

        Comparison both = loadTwice(movies, List.of());

        assertEquals(both.text().movies().all(), both.plain().movies().all());
        assertEquals(badLines(both.text()), badLines(both.plain()));
        assertEquals("First (2000)", movie(both.plain(), 1).title());
        assertEquals(List.of("movies.csv:3 movie id 1 appears again; the first entry is kept",
                        "movies.csv:4 movie id 'x12' is not a whole number",
                        "movies.csv:5 movie id '12345678901' is not a whole number",
                        "movies.csv:6 movie id '2147483648' is not a whole number",
                        "movies.csv:7 movie id '-5' is not a whole number",
                        "movies.csv:8 blank line",
                        "movies.csv:9 blank line",
                        "movies.csv:10 broken quoting",
                        "movies.csv:11 expected 3 fields (movieId, title, genres) but found 4",
                        "movies.csv:12 expected 3 fields (movieId, title, genres) but found 2"),
                badLines(both.plain()));
    }

    @Test
    void movieLensSmallGivesWhatTheTextReadingGives() throws Exception {
        Path small = Path.of(System.getProperty("movielens.small", "../shared/datasets/ml-latest-small"));
        assumeTrue(Files.isDirectory(small), "ml-latest-small is not available");
        Path text = Files.createDirectories(tmp.resolve("text"));
        Files.copy(small.resolve("ratings.csv"), text.resolve("ratings.csv"));
        Files.write(text.resolve("movies.csv"), lastFieldsQuoted(Files.readAllBytes(small.resolve("movies.csv"))));
        Files.write(text.resolve("links.csv"), lastFieldsQuoted(Files.readAllBytes(small.resolve("links.csv"))));

        List<Movie> plain = DatasetLoader.load(small).movies().all();

        assertEquals(DatasetLoader.load(text).movies().all(), plain);
        assertEquals(9742, plain.size());
    }

    /** One line: {@code start} then its last field, which the text copy quotes. */
    private record Line(String start, String lastField, Charset charset) {
        byte[] bytes(boolean quoteLast) {
            String last = quoteLast && lastField != null ? "\"" + lastField + "\"" : lastField;
            return (start + (last == null ? "" : last)).getBytes(charset);
        }
    }

    private static Line movieLine(String id, String title, String genres) {
        boolean quote = title.contains(",") || title.contains("\"");
        return new Line(id + "," + (quote ? csvQuoted(title) : title) + ",", genres, StandardCharsets.UTF_8);
    }

    private static Line quotedMovieLine(String id, String title, String genres) {
        return new Line(id + "," + csvQuoted(title) + ",", genres, StandardCharsets.UTF_8);
    }

    private static Line linkLine(String id, String imdb, String tmdb) {
        return new Line(id + "," + imdb + ",", tmdb, StandardCharsets.UTF_8);
    }

    private static Line rawLine(String line) {
        return new Line(line, null, StandardCharsets.UTF_8);
    }

    private static String csvQuoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private record Comparison(Dataset plain, Dataset text) {
    }

    /** Loads the catalogue as written and with every last field quoted. */
    private Comparison loadTwice(List<Line> movies, List<Line> links) throws Exception {
        return new Comparison(load("plain", movies, links, false), load("text", movies, links, true));
    }

    private Dataset load(String name, List<Line> movies, List<Line> links, boolean quoteLast) throws Exception {
        Path release = Fixtures.copy("ml-latest-small", tmp.resolve(name));
        Files.write(release.resolve("movies.csv"), file("movieId,title,genres", movies, quoteLast));
        if (links.isEmpty()) {
            Files.delete(release.resolve("links.csv"));
        } else {
            Files.write(release.resolve("links.csv"), file("movieId,imdbId,tmdbId", links, quoteLast));
        }
        return DatasetLoader.load(release);
    }

    /** A byte-order mark, the header and the lines, every other one ended by CR LF. */
    private static byte[] file(String header, List<Line> lines, boolean quoteLast) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BYTE_ORDER_MARK);
        out.writeBytes((header + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            out.writeBytes(lines.get(i).bytes(quoteLast));
            out.writeBytes(i % 2 == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
        }
        return out.toByteArray();
    }

    /** The file with the last field of each line after the header put in quotes. */
    private static byte[] lastFieldsQuoted(byte[] file) {
        UnaryOperator<String> quoteLast = line -> {
            int comma = line.lastIndexOf(',');
            return line.substring(0, comma + 1) + "\"" + line.substring(comma + 1) + "\"";
        };
        String[] lines = new String(file, StandardCharsets.UTF_8).split("\n");
        StringBuilder out = new StringBuilder(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            out.append(quoteLast.apply(lines[i])).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> badLines(Dataset dataset) {
        return dataset.report().firstBadLines().stream()
                .map(bad -> Path.of(bad.file()).getFileName() + ":" + bad.line() + " " + bad.problem())
                .toList();
    }
}
