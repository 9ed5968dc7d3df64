package io.github.movierecommender.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision and the child's command, from plain facts: {@code java [OPTIONS] -jar app.jar [ARGS]} on Linux. */
class RestartDecisionTest {

    private static final String JAVA = "/usr/lib/jvm/java-17/bin/java";
    private static final String CLASS_PATH = "target/movie-recommender.jar";
    private static final Path JAR = Path.of("/home/ana/app/target/movie-recommender.jar");
    private static final Path ARCHIVE = Path.of("/home/ana/.cache/movie-recommender/movie-recommender-0123.jsa");
    private static final Path TEMPORARY = ARCHIVE.resolveSibling(".movie-recommender-0123.jsa.42-abc.tmp");
    private static final long LARGE = 256L << 20;
    private static final long STARTED_AT = 1_765_000_000_123L;
    private static final String LAUNCHED_AT = "-Dmovierecommender.launchedAt=" + STARTED_AT;
    private static final String LATER_OPTIMISATION = "-XX:Tier4InvocationThreshold=50000";
    private static final String LATER_OPTIMISATION_OF_LOOPS = "-XX:Tier4CompileThreshold=60000";

    /** The facts of {@code java OPTIONS -jar target/movie-recommender.jar ARGS}, to vary one at a time. */
    private record Start(String osName, String classPath, String javaCommand, List<String> options,
                         List<String> arguments, boolean relaunched, boolean turnedOff, boolean knowsProcess,
                         List<String> environmentOptions, HugePageMode hugePages, OptionalLong dataSize,
                         boolean sharing, Optional<ClassArchive> archive) {

        static Start desktop(String... options) {
            return new Start("Linux", CLASS_PATH, CLASS_PATH, List.of(options), List.of(), false, false, true,
                    List.of(), HugePageMode.MADVISE, OptionalLong.empty(), true,
                    Optional.of(new ClassArchive(ARCHIVE, ArchiveFormat.DYNAMIC_ARCHIVE, false, TEMPORARY)));
        }

        static Start command(long dataSize, String... arguments) {
            return new Start("Linux", CLASS_PATH, CLASS_PATH + " " + String.join(" ", arguments), List.of(),
                    List.of(arguments), false, false, true, List.of(), HugePageMode.MADVISE,
                    dataSize < 0 ? OptionalLong.empty() : OptionalLong.of(dataSize), true, Optional.empty());
        }

        Start os(String name) {
            return new Start(name, classPath, javaCommand, options, arguments, relaunched, turnedOff, knowsProcess,
                    environmentOptions, hugePages, dataSize, sharing, archive);
        }

        Start classPath(String value, String command) {
            return new Start(osName, value, command, options, arguments, relaunched, turnedOff, knowsProcess,
                    environmentOptions, hugePages, dataSize, sharing, archive);
        }

        Start asChild() {
            return new Start(osName, classPath, javaCommand, options, arguments, true, turnedOff, knowsProcess,
                    environmentOptions, hugePages, dataSize, sharing, archive);
        }

        Start switchedOff() {
            return new Start(osName, classPath, javaCommand, options, arguments, relaunched, true, knowsProcess,
                    environmentOptions, hugePages, dataSize, sharing, archive);
        }

        Start processUnknown() {
            return new Start(osName, classPath, javaCommand, options, arguments, relaunched, turnedOff, false,
                    environmentOptions, hugePages, dataSize, sharing, archive);
        }

        Start options(String... values) {
            return new Start(osName, classPath, javaCommand, List.of(values), arguments, relaunched, turnedOff,
                    knowsProcess, environmentOptions, hugePages, dataSize, sharing, archive);
        }

        Start environment(String... values) {
            return new Start(osName, classPath, javaCommand, options, arguments, relaunched, turnedOff, knowsProcess,
                    List.of(values), hugePages, dataSize, sharing, archive);
        }

        Start hugePages(HugePageMode mode) {
            return new Start(osName, classPath, javaCommand, options, arguments, relaunched, turnedOff, knowsProcess,
                    environmentOptions, mode, dataSize, sharing, archive);
        }

        Start withoutSharing() {
            return new Start(osName, classPath, javaCommand, options, arguments, relaunched, turnedOff, knowsProcess,
                    environmentOptions, hugePages, dataSize, false, archive);
        }

        Start archive(Optional<ClassArchive> value) {
            return new Start(osName, classPath, javaCommand, options, arguments, relaunched, turnedOff, knowsProcess,
                    environmentOptions, hugePages, dataSize, sharing, value);
        }

        LaunchFacts facts() {
            return facts(processArguments());
        }

        List<String> processArguments() {
            List<String> all = new ArrayList<>(options);
            all.add("-jar");
            all.add(classPath);
            all.addAll(arguments);
            return all;
        }

        LaunchFacts facts(List<String> processArguments) {
            return new LaunchFacts(osName, classPath, javaCommand, arguments, relaunched, turnedOff, JAR,
                    knowsProcess ? Optional.of(JAVA) : Optional.empty(),
                    knowsProcess ? Optional.of(processArguments) : Optional.empty(),
                    environmentOptions, hugePages, dataSize, sharing, archive, OptionalLong.of(STARTED_AT), 17);
        }

        Optional<Restart> restart() {
            return RestartDecision.of(facts());
        }
    }

    @Test
    void theDesktopAppWithoutAnArchiveRestartsWithHugePagesAndWritesOneAtExit() {
        Restart restart = Start.desktop("-Xmx2g", "-Dfoo=a b").restart().orElseThrow();

        assertThat(restart.command()).containsExactly(JAVA, "-Xmx2g", "-Dfoo=a b", "-XX:+UseTransparentHugePages",
                LATER_OPTIMISATION, LATER_OPTIMISATION_OF_LOOPS, "-XX:ArchiveClassesAtExit=" + TEMPORARY,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Dmovierecommender.relaunched=true", LAUNCHED_AT, "-jar", JAR.toString());
        assertThat(restart.dump()).contains(new ArchiveDump(TEMPORARY, ARCHIVE, Optional.empty()));
    }

    @Test
    void theDesktopAppWithItsArchiveStartsWithIt() {
        Restart restart = Start.desktop().archive(Optional.of(new ClassArchive(ARCHIVE, ArchiveFormat.DYNAMIC_ARCHIVE, true, TEMPORARY)))
                .restart().orElseThrow();

        assertThat(restart.command()).containsExactly(JAVA, "-XX:+UseTransparentHugePages", LATER_OPTIMISATION,
                LATER_OPTIMISATION_OF_LOOPS, "-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off",
                "-Dmovierecommender.relaunched=true", LAUNCHED_AT, "-jar", JAR.toString());
        assertThat(restart.dump()).isEmpty();
    }

    @Test
    void onANewerJavaTheDesktopAppRecordsItsStartAtExitForAnotherJvmToMakeTheCacheOf() {
        Path cache = ARCHIVE.resolveSibling("movie-recommender-0123.aot");
        Path record = ClassArchives.temporaryFor(cache, 42);
        Restart restart = Start.desktop("-Xmx2g")
                .archive(Optional.of(new ClassArchive(cache, ArchiveFormat.AHEAD_OF_TIME_CACHE, false, record)))
                .restart().orElseThrow();

        assertThat(restart.command()).containsExactly(JAVA, "-Xmx2g", "-XX:+UseTransparentHugePages",
                LATER_OPTIMISATION, LATER_OPTIMISATION_OF_LOOPS, "-XX:AOTMode=record", "-XX:AOTConfiguration=" + record,
                "-Xlog:aot=off", "-Xlog:cds=off", "-Dmovierecommender.relaunched=true", LAUNCHED_AT, "-jar",
                JAR.toString());
        Path made = ClassArchives.assembledFrom(record);
        assertThat(restart.dump()).contains(new ArchiveDump(record, cache, Optional.of(new CacheAssembly(
                List.of(JAVA, "-Xmx2g", "-XX:AOTMode=create", "-XX:AOTConfiguration=" + record, "-XX:AOTCache=" + made,
                        "-Xlog:aot=off", "-Xlog:cds=off", "-cp", JAR.toString()), made))));
    }

    @Test
    void onANewerJavaTheDesktopAppStartsWithItsCache() {
        Path cache = ARCHIVE.resolveSibling("movie-recommender-0123.aot");
        Restart restart = Start.desktop()
                .archive(Optional.of(new ClassArchive(cache, ArchiveFormat.AHEAD_OF_TIME_CACHE, true, TEMPORARY)))
                .restart().orElseThrow();

        assertThat(restart.command()).containsSubsequence("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off")
                .noneMatch(option -> option.contains("AOTMode") || option.contains("Shared"));
        assertThat(restart.dump()).isEmpty();
    }

    @Test
    void hugePagesOnlyWhereTheKernelGivesThemOnRequest() {
        for (HugePageMode mode : List.of(HugePageMode.ALWAYS, HugePageMode.NEVER, HugePageMode.UNKNOWN)) {
            Restart restart = Start.desktop().hugePages(mode).restart().orElseThrow();

            assertThat(restart.command()).as(mode.name()).doesNotContain("-XX:+UseTransparentHugePages")
                    .contains("-XX:ArchiveClassesAtExit=" + TEMPORARY);
        }
    }

    @Test
    void theDesktopAppWithoutACacheFolderRestartsForHugePagesAlone() {
        Start noCache = Start.desktop().archive(Optional.empty());

        assertThat(noCache.restart().orElseThrow().command()).containsExactly(JAVA, "-XX:+UseTransparentHugePages",
                LATER_OPTIMISATION, LATER_OPTIMISATION_OF_LOOPS, "-Dmovierecommender.relaunched=true", LAUNCHED_AT,
                "-jar", JAR.toString());
        assertThat(noCache.restart().orElseThrow().dump()).isEmpty();
        assertThat(noCache.hugePages(HugePageMode.ALWAYS).restart()).as("nothing to gain").isEmpty();
    }

    @Test
    void aJavaWithoutTheJdksClassDataArchiveGetsNoArchiveOptions() {
        Restart restart = Start.desktop().withoutSharing().restart().orElseThrow();

        assertThat(restart.command()).containsExactly(JAVA, "-XX:+UseTransparentHugePages",
                LATER_OPTIMISATION, LATER_OPTIMISATION_OF_LOOPS, "-Dmovierecommender.relaunched=true", LAUNCHED_AT,
                "-jar", JAR.toString());
        assertThat(restart.dump()).isEmpty();
        assertThat(Start.desktop().withoutSharing().hugePages(HugePageMode.NEVER).restart()).isEmpty();
    }

    @Test
    void aHugePageOptionOfTheUserIsKeptAndNotAdded() {
        for (String option : List.of("-XX:+UseTransparentHugePages", "-XX:-UseTransparentHugePages",
                "-XX:+UseLargePages")) {
            Restart restart = Start.desktop(option).restart().orElseThrow();

            assertThat(restart.command()).as(option)
                    .filteredOn(each -> each.contains("HugePages") || each.contains("LargePages"))
                    .containsExactly(option);
            assertThat(Start.command(LARGE, "stats", "--data", "big").environment(option).restart()).as(option).isEmpty();
        }
    }

    @Test
    void onlyLinuxRestarts() {
        assertThat(Start.desktop().os("Windows 11").restart()).isEmpty();
        assertThat(Start.desktop().os("Mac OS X").restart()).isEmpty();
        assertThat(Start.desktop().os("Linux").restart()).isPresent();
    }

    @Test
    void theChildAndAUserWhoTurnedItOffDoNotRestart() {
        assertThat(Start.desktop().asChild().restart()).isEmpty();
        assertThat(Start.desktop().switchedOff().restart()).isEmpty();
    }

    @Test
    void onlyAJavaStartedAsJavaDashJarOfOneJarRestarts() {
        assertThat(Start.desktop().classPath("target/classes", "io.github.movierecommender.Launcher").restart())
                .as("java -cp target/classes").isEmpty();
        assertThat(Start.desktop().classPath(CLASS_PATH, "io.github.movierecommender.Launcher").restart())
                .as("java -cp the jar Launcher, as the app image's launcher starts it").isEmpty();
        assertThat(Start.desktop().classPath(CLASS_PATH + ":lib/other.jar", CLASS_PATH + ":lib/other.jar").restart())
                .as("two entries").isEmpty();
        assertThat(Start.desktop().classPath("app.jar", "app.jarx").restart()).as("another name").isEmpty();
    }

    @Test
    void noRestartWithoutTheProcessCommandLineOrWhenItDoesNotMatch() {
        Start start = Start.desktop("-Xmx1g");

        assertThat(start.processUnknown().restart()).isEmpty();
        assertThat(RestartDecision.of(start.facts(List.of("-Xmx1g", "-cp", CLASS_PATH, "Launcher")))).isEmpty();
        assertThat(RestartDecision.of(start.facts(List.of("-Xmx1g", "-jar", "other.jar")))).isEmpty();
        assertThat(RestartDecision.of(start.facts(List.of("-Xmx1g", "-jar", CLASS_PATH, "cut")))).isEmpty();
    }

    @Test
    void theUsersOwnClassDataSharingIsRespected() {
        for (String option : List.of("-Xshare:off", "-Xshare:on", "-XX:SharedArchiveFile=app.jsa",
                "-XX:ArchiveClassesAtExit=app.jsa", "-XX:SharedClassListFile=app.classlist",
                "-XX:DumpLoadedClassList=app.classlist", "-XX:AOTCache=app.aot", "-XX:AOTMode=off",
                "-XX:AOTCacheOutput=app.aot", "-XX:AOTConfiguration=app.aotconf")) {
            assertThat(Start.desktop(option).restart()).as(option).isEmpty();
            assertThat(Start.desktop().environment("-Xmx1g", option).restart()).as("environment " + option).isEmpty();
        }
    }

    @Test
    void aDebuggerAgentRecordingOrLogStaysInOneJvm() {
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-javaagent:agent.jar", "-XX:StartFlightRecording=filename=app.jfr", "-Xlog:gc:gc.log",
                "-verbose:class")) {
            assertThat(Start.desktop(option).restart()).as(option).isEmpty();
        }
    }

    @Test
    void optionsReadFromAFileStayInOneJvm() {
        for (String option : List.of("@opts.txt", "-XX:Flags=flags.txt", "-XX:VMOptionsFile=vm.txt")) {
            assertThat(Start.desktop(option).restart()).as(option).isEmpty();
            assertThat(Start.desktop().environment("-Xmx1g", option).restart()).as("environment " + option).isEmpty();
            assertThat(RestartDecision.mayPay(Start.desktop().environment(option).facts())).as(option).isFalse();
            assertThat(Start.command(LARGE, "stats", "--data", "big").environment(option).restart())
                    .as(option).isEmpty();
        }
    }

    @Test
    void onJava24AndLaterTheDesktopAppAllowsJavaFxItsUnsafeMemoryAccessWithoutAWarning() {
        for (int feature : List.of(17, 21, 23, 24, 25)) {
            assertThat(RestartDecision.of(onJava(Start.desktop().facts(), feature)).orElseThrow().command())
                    .as("Java " + feature).filteredOn(RestartDecision.UNSAFE_MEMORY_ACCESS::equals)
                    .hasSize(feature >= 24 ? 1 : 0);
        }
        String mine = "--sun-misc-unsafe-memory-access=warn";
        assertThat(RestartDecision.of(onJava(Start.desktop(mine).facts(), 25)).orElseThrow().command())
                .containsOnlyOnce(mine).doesNotContain(RestartDecision.UNSAFE_MEMORY_ACCESS);
        assertThat(RestartDecision.of(onJava(Start.command(LARGE, "stats", "--data", "x").facts(), 25)).orElseThrow()
                .command()).as("a command draws nothing").doesNotContain(RestartDecision.UNSAFE_MEMORY_ACCESS);
    }

    private static LaunchFacts onJava(LaunchFacts facts, int feature) {
        return new LaunchFacts(facts.osName(), facts.classPath(), facts.javaCommand(), facts.arguments(),
                facts.relaunched(), facts.turnedOff(), facts.jar(), facts.javaExecutable(), facts.processArguments(),
                facts.environmentOptions(), facts.hugePages(), facts.dataSize(), facts.classDataSharing(),
                facts.archive(), facts.startedAt(), feature);
    }

    @Test
    void theChildLearnsWhenTheFirstJvmStartedIfTheSystemTells() {
        LaunchFacts facts = Start.desktop().facts();
        LaunchFacts startUnknown = new LaunchFacts(facts.osName(), facts.classPath(), facts.javaCommand(),
                facts.arguments(), facts.relaunched(), facts.turnedOff(), facts.jar(), facts.javaExecutable(),
                facts.processArguments(), facts.environmentOptions(), facts.hugePages(), facts.dataSize(),
                facts.classDataSharing(), facts.archive(), OptionalLong.empty(), facts.javaFeature());

        assertThat(RestartDecision.of(facts).orElseThrow().command()).containsOnlyOnce(LAUNCHED_AT);
        assertThat(RestartDecision.of(startUnknown).orElseThrow().command())
                .noneMatch(option -> option.contains("launchedAt"));
    }

    @Test
    void aCacheFolderThatCannotBeWrittenRestartsForHugePagesAlone(@TempDir Path tmp) throws IOException {
        Path underAFile = Files.writeString(tmp.resolve("afile"), "").resolve("cache");
        Path archive = underAFile.resolve("movie-recommender-0123.jsa");
        Start start = Start.desktop()
                .archive(Optional.of(new ClassArchive(archive, ArchiveFormat.DYNAMIC_ARCHIVE, false,
                        ClassArchives.temporaryFor(archive, 42))));

        Restart restart = Relaunch.prepared(start.facts()).orElseThrow();

        assertThat(restart.command()).containsExactly(JAVA, "-XX:+UseTransparentHugePages",
                LATER_OPTIMISATION, LATER_OPTIMISATION_OF_LOOPS, "-Dmovierecommender.relaunched=true", LAUNCHED_AT,
                "-jar", JAR.toString());
        assertThat(restart.dump()).isEmpty();
        assertThat(Relaunch.prepared(start.hugePages(HugePageMode.ALWAYS).facts())).as("nothing to gain").isEmpty();
    }

    @Test
    void optionsFromTheEnvironmentAreNotRepeatedInTheCommand() {
        Restart restart = Start.desktop("-Xmx1g").environment("-Dfrom.environment=1").restart().orElseThrow();

        assertThat(restart.command()).contains("-Xmx1g").doesNotContain("-Dfrom.environment=1");
    }

    @Test
    void aCommandRestartsForHugePagesOnlyWithLargeData() {
        Restart restart = Start.command(LARGE, "stats", "--data", "/data/ml-32m", "--json").restart().orElseThrow();

        assertThat(restart.command()).containsExactly(JAVA, "-XX:+UseTransparentHugePages", "-XX:+UseParallelGC",
                "-Dmovierecommender.relaunched=true", LAUNCHED_AT, "-jar", JAR.toString(), "stats", "--data",
                "/data/ml-32m", "--json");
        assertThat(restart.dump()).isEmpty();
        assertThat(Start.command(LARGE - 1, "stats", "--data", "/data/small").restart()).isEmpty();
        assertThat(Start.command(-1, "stats", "--data", "/data/missing").restart()).isEmpty();
        assertThat(Start.command(LARGE, "stats", "--data", "/data/ml-32m").hugePages(HugePageMode.ALWAYS).restart())
                .isEmpty();
        assertThat(Start.command(LARGE, "stats", "--data", "/data/ml-32m").hugePages(HugePageMode.NEVER).restart())
                .isEmpty();
    }

    @Test
    void aCommandKeepsTheCollectorTheUserChoseAndTheDesktopAppKeepsG1() {
        for (String option : List.of("-XX:+UseG1GC", "-XX:+UseSerialGC", "-XX:+UseZGC", "-XX:-UseParallelGC",
                "-XX:G1HeapRegionSize=32m", "-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=60",
                "-XX:ShenandoahGCHeuristics=compact", "-XX:ZCollectionInterval=5")) {
            Restart given = Start.command(LARGE, "stats", "--data", "/data/ml-32m").options(option).restart()
                    .orElseThrow();
            Restart inEnvironment = Start.command(LARGE, "stats", "--data", "/data/ml-32m").environment(option)
                    .restart().orElseThrow();

            assertThat(given.command()).as(option).containsOnlyOnce(option).doesNotContain("-XX:+UseParallelGC");
            assertThat(inEnvironment.command()).as(option).doesNotContain("-XX:+UseParallelGC");
        }
        for (String option : List.of("-XX:+DisableExplicitGC", "-XX:+UseAdaptiveSizePolicyWithSystemGC",
                "-XX:+UseMaximumCompactionOnSystemGC", "-XX:ParallelGCThreads=2", "-XX:MaxGCPauseMillis=50")) {
            assertThat(Start.command(LARGE, "stats", "--data", "/data/ml-32m").options(option).restart()
                    .orElseThrow().command()).as(option).contains("-XX:+UseParallelGC");
        }
        assertThat(Start.desktop().restart().orElseThrow().command()).noneMatch(each -> each.endsWith("GC"));
    }

    @Test
    void theDesktopAppOptimisesLaterUnlessTheUserTunesTheCompilerAndACommandAsUsual() {
        for (String option : List.of("-XX:TieredStopAtLevel=1", "-XX:-TieredCompilation", "-Xint", "-Xcomp",
                "-XX:Tier4InvocationThreshold=9000", "-XX:CompileThresholdScaling=0.5", "-XX:CICompilerCount=4",
                "-XX:CompilationMode=high-only")) {
            Restart given = Start.desktop(option).restart().orElseThrow();
            Restart inEnvironment = Start.desktop().environment(option).restart().orElseThrow();

            assertThat(given.command()).as(option).containsOnlyOnce(option)
                    .doesNotContain(LATER_OPTIMISATION, LATER_OPTIMISATION_OF_LOOPS);
            assertThat(inEnvironment.command()).as(option)
                    .doesNotContain(LATER_OPTIMISATION, LATER_OPTIMISATION_OF_LOOPS);
        }
        for (String option : List.of("-XX:+PrintCompilation", "-XX:ReservedCodeCacheSize=256m", "-Xmixed",
                "-XX:CompileCommand=quiet", "-XX:+UseG1GC", "-Xmx3g")) {
            assertThat(Start.desktop(option).restart().orElseThrow().command()).as(option)
                    .contains(LATER_OPTIMISATION, LATER_OPTIMISATION_OF_LOOPS);
        }
        assertThat(Start.command(LARGE, "stats", "--data", "/data/ml-32m").restart().orElseThrow().command())
                .noneMatch(option -> option.contains("Tier"));
    }

    @Test
    void aCommandNeverGetsTheArchive() {
        Start start = Start.command(LARGE, "stats", "--data", "/data/ml-32m")
                .archive(Optional.of(new ClassArchive(ARCHIVE, ArchiveFormat.DYNAMIC_ARCHIVE, true, TEMPORARY)));

        assertThat(start.restart().orElseThrow().command()).noneMatch(option -> option.contains("Archive"));
    }

    @Test
    void mayPayAsksNoMoreOfASmallCommand() {
        assertThat(RestartDecision.mayPay(Start.command(1000, "stats", "--data", "small").facts())).isFalse();
        assertThat(RestartDecision.mayPay(Start.command(LARGE, "stats", "--data", "big").facts())).isTrue();
        assertThat(RestartDecision.mayPay(Start.desktop().facts())).isTrue();
        assertThat(RestartDecision.mayPay(Start.desktop().asChild().facts())).isFalse();
    }
}
