package io.github.movierecommender.launch;

import java.nio.file.Path;

/**
 * The class data archive for this jar and this Java: {@code file}, {@code present} or not yet, and the
 * unique name a child JVM would write a new one to.
 */
record ClassArchive(Path file, boolean present, Path temporary) {
}
