package io.github.movierecommender.launch;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A child JVM writes its classes to {@code temporary} as it exits; a complete one becomes {@code archive},
 * directly or through the {@code assembly} that makes it.
 */
record ArchiveDump(Path temporary, Path archive, Optional<CacheAssembly> assembly) {
}
