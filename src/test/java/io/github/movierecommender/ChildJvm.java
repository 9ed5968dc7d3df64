package io.github.movierecommender;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A main class of the tests run in a JVM of its own, as another process of the app would be: this
 * JVM's java with the tests' class path, class data sharing and the serial collector.
 */
public final class ChildJvm {

    /** For a child that runs briefly: compiles with C1 only, which starts sooner. */
    public static final String BRIEF = "-XX:TieredStopAtLevel=1";

    private ChildJvm() {
    }

    /** {@code java OPTIONS -cp CLASS_PATH MAIN ARGUMENTS}, ready for redirects and {@code start()}. */
    public static ProcessBuilder command(List<String> options, Class<?> main, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xshare:auto", "-XX:+UseSerialGC"));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command);
    }
}
