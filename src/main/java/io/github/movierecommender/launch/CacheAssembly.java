package io.github.movierecommender.launch;

import java.nio.file.Path;
import java.util.List;

/** The JVM that makes an ahead-of-time cache of a child's record, its {@code command}, and where it writes it. */
record CacheAssembly(List<String> command, Path output) {

    CacheAssembly {
        command = List.copyOf(command);
    }
}
