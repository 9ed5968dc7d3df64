package io.github.movierecommender.eval;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.DatasetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Small releases written from rating rows, for tests that need to know every rating. */
final class Releases {

    private static final String[] GENRES = {"Comedy", "Drama", "Horror"};

    record Row(int userId, int movieId, double stars) {
    }

    private Releases() {
    }

    /** Writes movies 1..{@code movies} (genres cycling through three) and the rows to {@code folder}, then loads it. */
    static Dataset load(Path folder, int movies, List<Row> rows) throws IOException, DatasetException {
        Files.createDirectories(folder);
        StringBuilder catalogue = new StringBuilder("movieId,title,genres\n");
        for (int m = 1; m <= movies; m++) {
            catalogue.append(m).append(",Movie ").append(m).append(" (2000),").append(GENRES[m % GENRES.length])
                    .append('\n');
        }
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (Row row : rows) {
            ratings.append(String.format(Locale.ROOT, "%d,%d,%.1f,1100000000%n", row.userId(), row.movieId(),
                    row.stars()));
        }
        Files.writeString(folder.resolve("movies.csv"), catalogue);
        Files.writeString(folder.resolve("ratings.csv"), ratings);
        return DatasetLoader.load(folder);
    }

    /** Users 1..{@code users} each rate every movie with probability {@code density}, at random half stars. */
    static List<Row> random(int users, int movies, double density, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Row> rows = new ArrayList<>();
        for (int u = 1; u <= users; u++) {
            for (int m = 1; m <= movies; m++) {
                if (random.nextDouble() < density) {
                    rows.add(new Row(u, m, random.nextInt(1, 11) / 2.0));
                }
            }
        }
        return rows;
    }
}
