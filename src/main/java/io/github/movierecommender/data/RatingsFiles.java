package io.github.movierecommender.data;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Which file holds a release's ratings, by the names the MovieLens releases give it, without reading it. */
public final class RatingsFiles {

    /** The ratings file's name in each release layout: the file that tells a folder holds a release. */
    static final List<String> NAMES = List.of("ratings.csv", "ratings.dat", "u.data");

    private RatingsFiles() {
    }

    /** The ratings file of the release in {@code folder} or else in the first folder in it, by name, that has one. */
    public static Optional<Path> inFolder(Path folder) throws IOException {
        Optional<Path> here = directlyIn(folder);
        if (here.isPresent() || !Files.isDirectory(folder)) {
            return here;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, Files::isDirectory)) {
            entries.forEach(children::add);
        }
        Collections.sort(children);
        for (Path child : children) {
            Optional<Path> nested = directlyIn(child);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> directlyIn(Path folder) {
        for (String name : NAMES) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
