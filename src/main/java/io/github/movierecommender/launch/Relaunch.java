package io.github.movierecommender.launch;

import java.util.Optional;
import java.util.OptionalInt;

/** The jar's start on Linux: a second JVM, with the class data archive and huge pages, where it pays. */
public final class Relaunch {

    private Relaunch() {
    }

    /** Runs the app in a child JVM when that pays and returns its exit code; nothing when this JVM should run it. */
    public static OptionalInt inChildJvm(String[] args) {
        Optional<Restart> restart = RestartDecision.of(ThisJvm.facts(args));
        return restart.isPresent() ? ChildJvmRun.run(restart.get()) : OptionalInt.empty();
    }
}
