package io.github.movierecommender.launch;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The jar's start on Linux: a second JVM, with the class data archive and huge pages, where it pays. */
public final class Relaunch {

    /**
     * The system property a child gets with the first JVM's start in milliseconds since the epoch, so that
     * the app's timings count from the user's launch.
     */
    public static final String LAUNCHED_AT = "movierecommender.launchedAt";

    /** The exit code of a child whose first JVM was killed: 128 + SIGKILL, as the first one's own. */
    static final int FIRST_JVM_GONE = 137;

    private Relaunch() {
    }

    /**
     * Runs the app in a child JVM when that pays and returns its exit code; nothing when this JVM should run
     * it. Run as that child, this JVM ends when the first one is gone without stopping it (killed with
     * SIGKILL), as the app the user started would have.
     */
    public static OptionalInt inChildJvm(String[] args) {
        if (Boolean.getBoolean(RestartDecision.RELAUNCHED)) {
            ProcessHandle.current().parent().ifPresent(first -> first.onExit()
                    .thenRun(() -> Runtime.getRuntime().exit(FIRST_JVM_GONE)));
            return OptionalInt.empty();
        }
        Optional<Restart> restart = prepared(ThisJvm.facts(args));
        return restart.isPresent() ? ChildJvmRun.run(restart.get()) : OptionalInt.empty();
    }

    /** When this process started, in milliseconds since the epoch, to the hundredth of a second on Linux. */
    public static OptionalLong thisProcessStart() {
        return ThisJvm.startedAt(ProcessHandle.current().info());
    }

    /**
     * The restart the facts call for, with its archive's temporary file made; when that file cannot be made
     * (the cache folder changed since the facts were read), the restart without the archive, if that pays.
     */
    static Optional<Restart> prepared(LaunchFacts facts) {
        Optional<Restart> restart = RestartDecision.of(facts);
        Optional<ArchiveDump> dump = restart.flatMap(Restart::dump);
        if (dump.isPresent() && !ClassArchives.prepare(dump.get())) {
            return RestartDecision.of(facts.withoutArchive());
        }
        return restart;
    }
}
