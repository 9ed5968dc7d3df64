package io.github.movierecommender.launch;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether {@code java -jar} on Linux pays for a second JVM, and its command. The desktop app gets
 * one for its class data archive and huge pages; a command only for huge pages, and only when its
 * dataset is large enough for them to save more than the second JVM's start, and then with the
 * parallel collector.
 */
final class RestartDecision {

    /** The system property a child gets, so that it runs the app itself. */
    static final String RELAUNCHED = "movierecommender.relaunched";

    /** The system property that turns restarts off when {@code false}. */
    static final String RELAUNCH = "movierecommender.relaunch";

    /** From this size of ratings file or zip on, huge pages save a command more than a JVM start costs. */
    static final long LARGE_DATA = 256L << 20;

    /**
     * The collector a command's JVM gets: a command has no window to keep responsive, and while it
     * fills its arrays G1 starts a marking cycle at each large array, which made a first 32M load
     * about a tenth slower than the parallel collector (measured alternately in one hour).
     */
    static final String THROUGHPUT_COLLECTOR = "-XX:+UseParallelGC";

    /**
     * What the desktop app's JVM gets to show its window sooner: methods reach the optimising compiler
     * after 10 times as many calls (4 times as many calls and loop turns together; loops alone as before).
     * On two cores its compilations while the first window was built took the second core from that
     * building: the window came 0.14-0.5 s sooner (medians of 5-7 alternating starts, in hours of
     * different speed), and opening 32 million ratings in the app was no slower (3.5 s against 3.7 s).
     */
    static final List<String> DESKTOP_COMPILER_OPTIONS =
            List.of("-XX:Tier4InvocationThreshold=50000", "-XX:Tier4CompileThreshold=60000");

    /**
     * What the desktop app's JVM gets on Java 24 and later, which warns at every start that JavaFX 21's
     * renderer uses {@code sun.misc.Unsafe}'s memory access (the jar's manifest already allows its native
     * libraries); Java 17 to 22 do not know the option.
     */
    static final String UNSAFE_MEMORY_ACCESS = "--sun-misc-unsafe-memory-access=allow";
    static final int FIRST_JAVA_WARNING_OF_UNSAFE = 24;

    private static final String JAR_OPTION = "-jar";

    private RestartDecision() {
    }

    static Optional<Restart> of(LaunchFacts facts) {
        if (!mayPay(facts) || facts.javaExecutable().isEmpty() || facts.processArguments().isEmpty()) {
            return Optional.empty();
        }
        Optional<List<String>> given = optionsBeforeJar(facts.processArguments().get(), facts);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>(given.get());
        options.addAll(facts.environmentOptions());
        boolean hugePages = hugePages(facts, options);
        boolean desktop = facts.arguments().isEmpty();
        Optional<ClassArchive> archive = desktop && facts.classDataSharing() ? facts.archive() : Optional.empty();
        if (JvmOptions.anyAboutClassDataSharing(options) || JvmOptions.anyAttachingATool(options)
                || JvmOptions.anyFromAFile(options) || !hugePages && archive.isEmpty()) {
            return Optional.empty();
        }
        List<String> javaAndGiven = new ArrayList<>();
        javaAndGiven.add(facts.javaExecutable().get());
        javaAndGiven.addAll(given.get());
        List<String> command = new ArrayList<>(javaAndGiven);
        if (hugePages) {
            command.add("-XX:+UseTransparentHugePages");
        }
        if (!desktop && !JvmOptions.anyChoosingACollector(options)) {
            command.add(THROUGHPUT_COLLECTOR);
        }
        if (desktop && !JvmOptions.anyTuningTheCompiler(options)) {
            command.addAll(DESKTOP_COMPILER_OPTIONS);
        }
        if (desktop && facts.javaFeature() >= FIRST_JAVA_WARNING_OF_UNSAFE
                && !JvmOptions.anyAboutUnsafeMemoryAccess(options)) {
            command.add(UNSAFE_MEMORY_ACCESS);
        }
        Optional<ArchiveDump> dump = Optional.empty();
        if (archive.isPresent()) {
            ClassArchive classes = archive.get();
            if (classes.present()) {
                command.addAll(classes.format().using(classes.file()));
            } else {
                command.addAll(classes.format().recording(classes.temporary()));
                dump = Optional.of(new ArchiveDump(classes.temporary(), classes.file(),
                        classes.format().assembly(javaAndGiven, classes.temporary(), facts.jar())));
            }
        }
        command.add("-D" + RELAUNCHED + "=true");
        facts.startedAt().ifPresent(millis -> command.add("-D" + Relaunch.LAUNCHED_AT + "=" + millis));
        command.add(JAR_OPTION);
        command.add(facts.jar().toString());
        command.addAll(facts.arguments());
        return Optional.of(new Restart(command, dump));
    }

    /**
     * Whether a restart may pay, judged without the facts that cost time to read (the huge page mode,
     * this process's command line, the archive): a command that will not restart asks no more.
     */
    static boolean mayPay(LaunchFacts facts) {
        List<String> options = facts.environmentOptions();
        return facts.osName().startsWith("Linux") && !facts.relaunched() && !facts.turnedOff() && startedAsJar(facts)
                && !JvmOptions.anyAboutClassDataSharing(options) && !JvmOptions.anyAttachingATool(options)
                && !JvmOptions.anyFromAFile(options)
                && (facts.arguments().isEmpty() || facts.dataSize().orElse(0) >= LARGE_DATA);
    }

    /** Whether the child should ask for huge pages: the kernel gives them on request and the user chose none. */
    private static boolean hugePages(LaunchFacts facts, List<String> options) {
        return facts.hugePages() == HugePageMode.MADVISE && !JvmOptions.anyAboutHugePages(options);
    }

    /** Whether the class path is one jar that {@code sun.java.command} names: {@code java -jar THE.jar …}. */
    private static boolean startedAsJar(LaunchFacts facts) {
        String classPath = facts.classPath();
        String command = facts.javaCommand();
        return classPath.endsWith(".jar") && classPath.indexOf(File.pathSeparatorChar) < 0
                && command.startsWith(classPath)
                && (command.length() == classPath.length() || command.charAt(classPath.length()) == ' ');
    }

    /**
     * The JVM options before {@code -jar}, when the process's arguments are exactly those, {@code -jar},
     * the class path's jar and the arguments {@code main} was given; otherwise nothing can be trusted.
     */
    private static Optional<List<String>> optionsBeforeJar(List<String> processArguments, LaunchFacts facts) {
        int jar = processArguments.indexOf(JAR_OPTION);
        if (jar < 0 || jar + 1 >= processArguments.size()
                || !processArguments.get(jar + 1).equals(facts.classPath())
                || !processArguments.subList(jar + 2, processArguments.size()).equals(facts.arguments())) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(processArguments.subList(0, jar)));
    }
}
