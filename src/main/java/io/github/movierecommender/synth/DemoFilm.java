package io.github.movierecommender.synth;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A film of the demo catalogue: its MovieLens-style title with the year, its genres, and two rough
 * guesses from 1 to 5 that drive the synthetic ratings — how well it is liked and how widely seen.
 * Ids number the films 1..N in the order of the list.
 */
record DemoFilm(int movieId, String title, List<String> genres, int quality, int popularity) {

    static final String RESOURCE = "demo-films.csv";
    static final List<String> GENRES = List.of("Action", "Adventure", "Animation", "Children", "Comedy", "Crime",
            "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "IMAX", "Musical", "Mystery", "Romance",
            "Sci-Fi", "Thriller", "War", "Western");

    DemoFilm {
        genres = List.copyOf(genres);
    }

    /** The films of the bundled list, in order. */
    static List<DemoFilm> catalogue() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = DemoFilm.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            List<DemoFilm> films = new ArrayList<>();
            try (CSVParser parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (CSVRecord record : parser) {
                    films.add(parse(record, films.size() + 1));
                }
            }
            return List.copyOf(films);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot be read", e);
        }
    }

    private static DemoFilm parse(CSVRecord record, int movieId) {
        String where = RESOURCE + " line " + (record.getRecordNumber() + 1);
        List<String> genres = List.of(record.get("genres").split("\\|"));
        genres.stream().filter(genre -> !GENRES.contains(genre)).findFirst().ifPresent(genre -> {
            throw new IllegalStateException(where + ": unknown genre '" + genre + "'");
        });
        return new DemoFilm(movieId, record.get("title"), genres, grade(record, "quality", where),
                grade(record, "popularity", where));
    }

    private static int grade(CSVRecord record, String column, String where) {
        String text = record.get(column);
        if (!text.matches("[1-5]")) {
            throw new IllegalStateException(where + ": " + column + " '" + text
                    + "' is not a whole number from 1 to 5");
        }
        return Integer.parseInt(text);
    }
}
