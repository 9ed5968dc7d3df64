package io.github.movierecommender.launch;

import java.util.List;
import java.util.regex.Pattern;

/** What the JVM options a user gave are about, as far as a restart cares. */
final class JvmOptions {

    private static final Pattern COLLECTOR =
            Pattern.compile("-XX:[+-]Use(Serial|Parallel|ParallelOld|G1|Z|Shenandoah|Epsilon|ConcMarkSweep)GC");
    private static final Pattern TUNING_OF_ANOTHER_COLLECTOR =
            Pattern.compile("-XX:[+-]?(G1|Shenandoah|Z[A-Z]|InitiatingHeapOccupancyPercent)\\w*(=.*)?");

    private static final Pattern COMPILER = Pattern.compile(
            "-X(int|comp)|-XX:[+-]?(Tier\\w*|CompilationMode|CompileThreshold\\w*|CICompilerCount\\w*)(=.*)?");

    private JvmOptions() {
    }

    /**
     * Whether any option is the user's own choice about class data sharing or an ahead-of-time cache
     * ({@code -XX:AOTCache=}, {@code -XX:AOTMode=}, …), which a restart would override.
     */
    static boolean anyAboutClassDataSharing(List<String> options) {
        for (String option : options) {
            if (option.startsWith("-Xshare") || option.contains("SharedArchiveFile")
                    || option.contains("ArchiveClassesAtExit") || option.contains("SharedClassListFile")
                    || option.contains("DumpLoadedClassList") || option.contains("AutoCreateSharedArchive")
                    || option.startsWith("-XX:") && option.contains("AOT")) {
                return true;
            }
        }
        return false;
    }

    /** Whether any option asks for or against large or huge pages. */
    static boolean anyAboutHugePages(List<String> options) {
        for (String option : options) {
            if (option.startsWith("-XX:") && (option.contains("TransparentHugePages") || option.contains("LargePage")
                    || option.contains("HugeTLBFS") || option.contains("UseSHM"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any option chooses the garbage collector ({@code -XX:+UseG1GC}, {@code -XX:-UseParallelGC}, …)
     * or tunes one that is not the parallel collector, which would go unheard under it.
     */
    static boolean anyChoosingACollector(List<String> options) {
        return options.stream().anyMatch(option -> COLLECTOR.matcher(option).matches()
                || TUNING_OF_ANOTHER_COLLECTOR.matcher(option).matches());
    }

    /** Whether any option chooses the compilers, their thresholds or their threads, such as {@code -Xint}. */
    static boolean anyTuningTheCompiler(List<String> options) {
        return options.stream().anyMatch(option -> COMPILER.matcher(option).matches());
    }

    /** Whether any option says how {@code sun.misc.Unsafe}'s memory access is allowed (Java 23 and later). */
    static boolean anyAboutUnsafeMemoryAccess(List<String> options) {
        return options.stream().anyMatch(option -> option.startsWith("--sun-misc-unsafe-memory-access"));
    }

    /**
     * Whether any option reads more options from a file ({@code @argfile}, {@code -XX:Flags=},
     * {@code -XX:VMOptionsFile=}): what they say cannot be checked, and a child would read them too.
     */
    static boolean anyFromAFile(List<String> options) {
        for (String option : options) {
            if (option.startsWith("@") || option.startsWith("-XX:Flags=") || option.startsWith("-XX:VMOptionsFile=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any option attaches a debugger, an agent, a recording or a log: in two JVMs it would run
     * twice, the second clashing with the first over its port or file.
     */
    static boolean anyAttachingATool(List<String> options) {
        for (String option : options) {
            if (option.startsWith("-agentlib") || option.startsWith("-agentpath") || option.startsWith("-javaagent")
                    || option.startsWith("-Xrunjdwp") || option.startsWith("-Xdebug")
                    || option.contains("FlightRecord") || option.startsWith("-Xlog") || option.startsWith("-verbose")) {
                return true;
            }
        }
        return false;
    }
}
