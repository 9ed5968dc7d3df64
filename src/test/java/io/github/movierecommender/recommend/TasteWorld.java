package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.DatasetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * Small worlds for the list methods, written as MovieLens files: movie m is titled "Movie m".
 * {@link #TWO_TASTES}: users 1–6 love movies 1–4 and shun 5–8, users 7–12 the reverse; users 1 and 7
 * have not seen movies 4 and 8.
 */
final class TasteWorld {

    static final String TWO_TASTES = twoTastes();

    private TasteWorld() {
    }

    /** A dataset of these "userId,movieId,rating" lines. */
    static Dataset load(Path folder, String ratings) throws IOException, DatasetException {
        TreeSet<Integer> movies = new TreeSet<>();
        StringBuilder ratingsCsv = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (String line : ratings.strip().split("\n")) {
            movies.add(Integer.parseInt(line.split(",")[1].strip()));
            ratingsCsv.append(line.strip()).append(",100\n");
        }
        StringBuilder moviesCsv = new StringBuilder("movieId,title,genres\n");
        movies.forEach(id -> moviesCsv.append(id).append(",Movie ").append(id).append(",Drama\n"));
        Files.writeString(folder.resolve("movies.csv"), moviesCsv);
        Files.writeString(folder.resolve("ratings.csv"), ratingsCsv);
        return DatasetLoader.load(folder);
    }

    private static String twoTastes() {
        StringBuilder lines = new StringBuilder();
        for (int user = 1; user <= 12; user++) {
            boolean first = user <= 6;
            for (int movie = 1; movie <= 8; movie++) {
                boolean loved = first == movie <= 4;
                boolean unseen = (user == 1 && movie == 4) || (user == 7 && movie == 8);
                boolean rated = loved || (user + movie) % 3 == 0;
                if (rated && !unseen) {
                    lines.append(user).append(',').append(movie).append(',').append(loved ? 5 - (user + movie) % 2 : 1)
                            .append('\n');
                }
            }
        }
        return lines.toString();
    }
}
