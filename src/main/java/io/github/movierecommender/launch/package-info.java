/**
 * How the jar starts: on Linux, when a second JVM with a class data archive of the app and transparent
 * huge pages gains more than its start costs, {@code java -jar} starts one and waits for it; and where
 * JavaFX drew in software before, the desktop app asks for it at once.
 */
package io.github.movierecommender.launch;
