package io.github.movierecommender.synth;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Writes a synthetic dataset in the ml-latest layout (movies.csv, ratings.csv, links.csv,
 * tags.csv) for scale tests: movie popularity follows a Zipf law, user activity a Pareto law with
 * at least 20 ratings each, ratings are half stars around a per-movie quality and a per-user
 * bias, and some titles hold commas and quotes so they need CSV quoting. The same seed gives the
 * same files.
 */
public final class SyntheticDataset {

    /** The size of MovieLens 32M. */
    public static final Size ML_32M = new Size(200_948, 87_585, 32_000_204L);

    private static final int MIN_RATINGS_PER_USER = 20;
    private static final long FIRST_TIME = 789_652_009L;
    private static final long LAST_TIME = 1_697_164_147L;
    private static final String[] GENRES = {"Action", "Adventure", "Animation", "Children", "Comedy", "Crime",
        "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "IMAX", "Musical", "Mystery", "Romance",
        "Sci-Fi", "Thriller", "War", "Western"};
    private static final String[] WORDS = {"Night", "Love", "City", "Last", "Dark", "Summer", "Man", "Story",
        "Return", "Secret", "River", "Star", "House", "War", "King", "Girl", "Blue", "Time", "Road", "Dream"};

    public record Size(int users, int movies, long ratings) {
        public Size {
            if (users < 1 || movies < MIN_RATINGS_PER_USER || ratings < (long) users * MIN_RATINGS_PER_USER
                    || ratings > (long) users * movies / 2) {
                throw new IllegalArgumentException("need at least 20 movies and 20 ratings per user, "
                        + "and at most half of all (user, movie) pairs rated");
            }
        }
    }

    private final Size size;
    private final long seed;

    public SyntheticDataset(Size size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    /** Writes the files into {@code folder}, reporting ratings written so far. */
    public void writeTo(Path folder, LongConsumer ratingsWritten) throws IOException {
        Files.createDirectories(folder);
        SplittableRandom random = new SplittableRandom(seed);
        int[] movieIds = movieIds(random);
        double[] quality = new double[size.movies()];
        for (int m = 0; m < quality.length; m++) {
            quality[m] = 2.2 + 2.0 * random.nextDouble();
        }
        writeMovies(folder.resolve("movies.csv"), movieIds, random);
        writeLinks(folder.resolve("links.csv"), movieIds);
        writeRatings(folder.resolve("ratings.csv"), movieIds, quality, random, ratingsWritten);
        writeTags(folder.resolve("tags.csv"), movieIds, random);
    }

    private int[] movieIds(SplittableRandom random) {
        int[] ids = new int[size.movies()];
        int id = 0;
        for (int m = 0; m < ids.length; m++) {
            id += 1 + (random.nextInt(10) == 0 ? random.nextInt(4) : 0);
            ids[m] = id;
        }
        return ids;
    }

    private void writeMovies(Path file, int[] movieIds, SplittableRandom random) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(out, "movieId,title,genres\n");
            for (int m = 0; m < movieIds.length; m++) {
                write(out, movieIds[m] + "," + csvQuote(title(m, random)) + "," + genres(random) + "\n");
            }
        }
    }

    private static String title(int m, SplittableRandom random) {
        String words = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + m;
        int year = 1920 + random.nextInt(104);
        return switch (random.nextInt(20)) {
            case 0 -> words + ", The (" + year + ")";
            case 1 -> "\"" + words + "\" Returns (" + year + ")";
            default -> words + " (" + year + ")";
        };
    }

    private static String csvQuote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String genres(SplittableRandom random) {
        int count = 1 + random.nextInt(3);
        StringBuilder genres = new StringBuilder(GENRES[random.nextInt(GENRES.length)]);
        for (int g = 1; g < count; g++) {
            String genre = GENRES[random.nextInt(GENRES.length)];
            if (genres.indexOf(genre) < 0) {
                genres.append('|').append(genre);
            }
        }
        return genres.toString();
    }

    private static void writeLinks(Path file, int[] movieIds) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(out, "movieId,imdbId,tmdbId\n");
            for (int m = 0; m < movieIds.length; m++) {
                write(out, String.format("%d,%07d,%d%n", movieIds[m], 100_000 + m, 10_000 + m));
            }
        }
    }

    private void writeRatings(Path file, int[] movieIds, double[] quality, SplittableRandom random,
                              LongConsumer ratingsWritten) throws IOException {
        int[] perUser = ratingsPerUser(random);
        double[] popularity = cumulativeZipf(size.movies(), random);
        boolean[] taken = new boolean[size.movies()];
        int[] chosen = new int[Arrays.stream(perUser).max().orElse(0)];
        byte[] line = new byte[64];
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            write(out, "userId,movieId,rating,timestamp\n");
            for (int u = 0; u < perUser.length; u++) {
                int count = perUser[u];
                for (int i = 0; i < count; i++) {
                    int m;
                    do {
                        m = pick(popularity, random.nextDouble());
                    } while (taken[m]);
                    taken[m] = true;
                    chosen[i] = m;
                }
                Arrays.sort(chosen, 0, count);
                double bias = random.nextGaussian() * 0.5;
                long start = FIRST_TIME + (long) (random.nextDouble() * (LAST_TIME - FIRST_TIME - 86_400L * 400));
                for (int i = 0; i < count; i++) {
                    int m = chosen[i];
                    taken[m] = false;
                    int halfStars = (int) Math.round(2 * (quality[m] + bias + random.nextGaussian() * 0.8));
                    long time = start + random.nextInt(86_400 * 400);
                    int length = formatRating(line, u + 1, movieIds[m], Math.max(1, Math.min(10, halfStars)), time);
                    out.write(line, 0, length);
                }
                written += count;
                if ((u & 1023) == 0) {
                    ratingsWritten.accept(written);
                }
            }
        }
        ratingsWritten.accept(written);
    }

    /** Pareto-distributed counts, at least 20 each, that add up to the wanted total. */
    private int[] ratingsPerUser(SplittableRandom random) {
        int users = size.users();
        double[] weight = new double[users];
        double total = 0;
        for (int u = 0; u < users; u++) {
            weight[u] = Math.pow(1 - random.nextDouble(), -1 / 1.2);
            total += weight[u];
        }
        long extra = size.ratings() - (long) users * MIN_RATINGS_PER_USER;
        int cap = size.movies() / 2;
        int[] counts = new int[users];
        long assigned = 0;
        for (int u = 0; u < users; u++) {
            counts[u] = (int) Math.min(cap, MIN_RATINGS_PER_USER + (long) (extra * weight[u] / total));
            assigned += counts[u];
        }
        for (int u = 0; assigned < size.ratings(); u = (u + 1) % users) {
            if (counts[u] < cap) {
                counts[u]++;
                assigned++;
            }
        }
        return counts;
    }

    /** Cumulative Zipf weights over the movies in a shuffled order, so popularity is not by id. */
    private static double[] cumulativeZipf(int movies, SplittableRandom random) {
        int[] rank = new int[movies];
        for (int m = 0; m < movies; m++) {
            rank[m] = m;
        }
        for (int m = movies - 1; m > 0; m--) {
            int other = random.nextInt(m + 1);
            int swap = rank[m];
            rank[m] = rank[other];
            rank[other] = swap;
        }
        double[] cumulative = new double[movies];
        double sum = 0;
        for (int m = 0; m < movies; m++) {
            sum += 1.0 / Math.pow(rank[m] + 1, 0.9);
            cumulative[m] = sum;
        }
        for (int m = 0; m < movies; m++) {
            cumulative[m] /= sum;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, double x) {
        int found = Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, found >= 0 ? found : -found - 1);
    }

    private static int formatRating(byte[] line, int userId, int movieId, int halfStars, long time) {
        int at = appendNumber(line, 0, userId);
        line[at++] = ',';
        at = appendNumber(line, at, movieId);
        line[at++] = ',';
        at = appendNumber(line, at, halfStars / 2);
        line[at++] = '.';
        line[at++] = (byte) (halfStars % 2 == 0 ? '0' : '5');
        line[at++] = ',';
        at = appendNumber(line, at, time);
        line[at++] = '\n';
        return at;
    }

    private static int appendNumber(byte[] line, int at, long value) {
        String digits = Long.toString(value);
        for (int i = 0; i < digits.length(); i++) {
            line[at++] = (byte) digits.charAt(i);
        }
        return at;
    }

    private void writeTags(Path file, int[] movieIds, SplittableRandom random) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(out, "userId,movieId,tag,timestamp\n");
            int tags = (int) Math.min(Integer.MAX_VALUE, size.ratings() / 16);
            for (int t = 0; t < tags; t++) {
                String tag = WORDS[random.nextInt(WORDS.length)].toLowerCase()
                        + (random.nextInt(8) == 0 ? ", sort of" : "");
                write(out, (1 + random.nextInt(size.users())) + "," + movieIds[random.nextInt(movieIds.length)]
                        + "," + csvQuote(tag) + "," + (FIRST_TIME + random.nextInt(900_000_000)) + "\n");
            }
        }
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
