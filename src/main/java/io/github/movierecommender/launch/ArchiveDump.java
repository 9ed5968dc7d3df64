package io.github.movierecommender.launch;

import java.nio.file.Path;

/** A child JVM writes its classes to {@code temporary} as it exits; a complete one becomes {@code archive}. */
record ArchiveDump(Path temporary, Path archive) {
}
