package io.github.movierecommender.data;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Run in a JVM of its own: loads the dataset in folder {@code args[0]} and writes its snapshot to {@code args[1]}. */
public final class SnapshotWriter {

    private SnapshotWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            DatasetSnapshot.write(DatasetLoader.load(Path.of(args[0])), new DatasetSnapshot.Origin("release", "files"), out);
        }
    }
}
