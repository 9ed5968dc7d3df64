package io.github.movierecommender.data;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The fixture releases under src/test/resources/fixtures, as folders, copies or zips. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The fixture folder itself; its name is the release folder's name. */
    public static Path folder(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A zip as GroupLens distributes it: {@code dir/name.zip} holding the folder {@code name/}. */
    public static Path zip(String name, Path dir) throws IOException {
        return zip(folder(name), dir.resolve(name + ".zip"), name + "/");
    }

    /** Zips the files of {@code release} under {@code prefix} ("" for the zip's root). */
    public static Path zip(Path release, Path zipFile, String prefix) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            if (!prefix.isEmpty()) {
                out.putNextEntry(new ZipEntry(prefix));
                out.closeEntry();
            }
            for (Path file : files(release)) {
                out.putNextEntry(new ZipEntry(prefix + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return zipFile;
    }

    /** Copies the fixture to {@code dir/name} and returns the copy. */
    public static Path copy(String name, Path dir) throws IOException {
        return copy(name, dir, bytes -> bytes);
    }

    /** Copies the fixture to {@code dir/name}, passing each file's bytes through {@code change}. */
    public static Path copy(String name, Path dir, UnaryOperator<byte[]> change) throws IOException {
        Path target = Files.createDirectories(dir.resolve(name));
        for (Path file : files(folder(name))) {
            Files.write(target.resolve(file.getFileName().toString()), change.apply(Files.readAllBytes(file)));
        }
        return target;
    }

    /**
     * Writes {@code dir/large}: movies.csv with movies 1..50 and a ratings.csv of {@code lines}
     * ratings after its header, user {@code 1 + i / 50} giving movie {@code 1 + i % 50} the rating
     * {@code 1 + i % 5} on line {@code i + 2}, except that the given file lines hold the rating "oops".
     */
    static Path largeRelease(Path dir, int lines, int... badFileLines) throws IOException {
        Path release = Files.createDirectories(dir.resolve("large"));
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        for (int m = 1; m <= 50; m++) {
            movies.append(m).append(",Movie ").append(m).append(" (2000),Drama\n");
        }
        Files.writeString(release.resolve("movies.csv"), movies);
        StringBuilder ratings = new StringBuilder(lines * 24).append("userId,movieId,rating,timestamp\n");
        for (int i = 0; i < lines; i++) {
            int fileLine = i + 2;
            boolean bad = Arrays.stream(badFileLines).anyMatch(line -> line == fileLine);
            ratings.append(i / 50 + 1).append(',').append(i % 50 + 1).append(',')
                    .append(bad ? "oops" : String.valueOf(1 + i % 5)).append(",1100000000\n");
        }
        Files.writeString(release.resolve("ratings.csv"), ratings);
        return release;
    }

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** How a release reaches the loader: its folder, or a zip with the folder inside. */
    public enum Packaging {
        FOLDER {
            @Override
            public Path of(String fixture, Path dir) {
                return folder(fixture);
            }
        },
        ZIP {
            @Override
            public Path of(String fixture, Path dir) throws IOException {
                return zip(fixture, dir);
            }
        };

        public abstract Path of(String fixture, Path dir) throws IOException;
    }
}
