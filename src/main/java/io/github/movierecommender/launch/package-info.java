/**
 * How {@code java -jar} starts on Linux: when a second JVM with a class data archive of the app and
 * transparent huge pages gains more than its start costs, the jar starts one and waits for it.
 */
package io.github.movierecommender.launch;
