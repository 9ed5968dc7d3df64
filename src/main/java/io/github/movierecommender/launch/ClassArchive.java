package io.github.movierecommender.launch;

import java.nio.file.Path;

/**
 * The class data archive for this jar and this Java: {@code file} in this Java's {@code format},
 * {@code present} or not yet, and the unique name a child JVM would write what makes a new one to.
 */
record ClassArchive(Path file, ArchiveFormat format, boolean present, Path temporary) {
}
