package io.github.movierecommender.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.movierecommender.appdata.AppFolders;
import io.github.movierecommender.data.RatingsFiles;
import io.github.movierecommender.files.AtomicFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} for real on Linux, with a jar of this package's classes whose main starts as the app's
 * Launcher does: the child's options, the archive written at the first exit and used at the next.
 */
class RelaunchJarTest {

    @TempDir
    Path tmp;

    private Path jar;
    private Path cache;

    @BeforeEach
    void jar() throws IOException {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        jar = tmp.resolve("probe.jar");
        cache = tmp.resolve("cache");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, JarProbe.class.getName());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            add(out, JarProbe.class);
            add(out, AppFolders.class);
            add(out, Relaunch.class);
            add(out, AtomicFile.class);
            add(out, RatingsFiles.class);
        }
    }

    @Test
    void theDesktopAppRunsInAChildThatWritesItsArchiveThenStartsWithIt() throws Exception {
        assumeTrue(javaWritesArchives(), "this Java writes class data archives");
        Run first = java("-Dgiven=1");

        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("relaunched=true").containsOnlyOnce("option -Dgiven=1")
                .containsOnlyOnce("option -Dfrom.environment=1").contains("option -XX:ArchiveClassesAtExit=")
                .doesNotContain("SharedArchiveFile");
        assertThat(first.out().contains("option -XX:+UseTransparentHugePages")).isEqualTo(madvise());
        assertThat(first.errWithoutNotes()).isEmpty();
        Path archive = onlyArchive();

        Run second = java("-Dgiven=1");

        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("relaunched=true", "option -XX:SharedArchiveFile=" + archive)
                .doesNotContain("ArchiveClassesAtExit");
        assertThat(second.errWithoutNotes()).isEmpty();
        assertThat(onlyArchive()).isEqualTo(archive);
    }

    @Test
    void onANewerJavaTheDesktopAppRecordsItsStartThenStartsWithTheCacheMadeOfIt() throws Exception {
        Optional<String> newer = aheadOfTimeJava();
        assumeTrue(newer.isPresent(), "a Java " + ArchiveFormat.FIRST_AHEAD_OF_TIME_JAVA + " or later in /usr/lib/jvm");
        assumeTrue(javaWritesArchives(newer.get()), "that Java maps the JDK's archive");
        Run first = javaOf(newer.get(), "-Dgiven=1");

        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("relaunched=true", "option -XX:AOTMode=record").doesNotContain("AOTCache=");
        assertThat(first.errWithoutNotes()).isEmpty();
        Path cache = onlyArchive();
        assertThat(cache.getFileName().toString()).endsWith(".aot");
        assertThat(ClassArchives.isComplete(cache)).isTrue();

        Run second = javaOf(newer.get(), "-Dgiven=1");

        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("relaunched=true", "option -XX:AOTCache=" + cache).doesNotContain("AOTMode");
        assertThat(second.errWithoutNotes()).isEmpty();
        assertThat(onlyArchive()).isEqualTo(cache);
    }

    @Test
    void twoJarsUsedInTurnEachKeepTheirArchive() throws Exception {
        assumeTrue(javaWritesArchives(), "this Java writes class data archives");
        FileTime built = Files.getLastModifiedTime(jar);
        java();
        Path first = onlyArchive();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(built.toMillis() + 60_000));

        Run rebuilt = java();

        assertThat(rebuilt.out()).contains("option -XX:ArchiveClassesAtExit=");
        assertThat(rebuilt.errWithoutNotes()).isEmpty();
        assertThat(archives()).hasSize(2).contains(first);

        Files.setLastModifiedTime(jar, built);
        Run back = java();

        assertThat(back.out()).contains("option -XX:SharedArchiveFile=" + first).doesNotContain("ArchiveClassesAtExit");
    }

    @Test
    void aCommandWithLargeDataRestartsForHugePagesAndExitsWithTheChildsCode() throws Exception {
        assumeTrue(madvise(), "the kernel gives huge pages on request");
        Path zip = tmp.resolve("large.zip");
        try (RandomAccessFile out = new RandomAccessFile(zip.toFile(), "rw")) {
            out.setLength(300L << 20);
        }

        Run large = java("-jar", "stats", "--data", zip.toString());
        Run small = java("-jar", "stats", "--data", jar.toString());

        assertThat(large.code()).isEqualTo(7);
        assertThat(large.out().lines()).as("the child said it, the parent nothing").containsOnlyOnce("relaunched=true");
        assertThat(large.out()).contains("option -XX:+UseTransparentHugePages", "option -XX:+UseParallelGC")
                .doesNotContain("Archive");
        assertThat(small.code()).isEqualTo(7);
        assertThat(small.out()).contains("relaunched=null");
        assertThat(cache).doesNotExist();
    }

    @Test
    void turnedOffItRunsInOneJvm() throws Exception {
        Run run = java("-Dmovierecommender.relaunch=false");

        assertThat(run.out()).contains("relaunched=null").doesNotContain("Archive");
        assertThat(cache).doesNotExist();
    }

    private Path onlyArchive() throws IOException {
        List<Path> all = archives();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("movie-recommender"))) {
            List<Path> all = files.toList();
            assertThat(all).allMatch(file -> file.getFileName().toString()
                    .matches("movie-recommender-[0-9a-f]{16}\\.(jsa|aot)"));
            return all;
        }
    }

    @Test
    void theChildEndsWhenTheFirstJvmIsKilled() throws Exception {
        Process first = new ProcessBuilder(javaExecutable(), "-Dprobe.sleepMillis=60000", "-jar", jar.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        first.getOutputStream().close();
        BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = out.readLine(); line != null && !line.startsWith("pid "); line = out.readLine()) {
            lines.add(line);
        }
        assumeTrue(lines.contains("relaunched=true"), "java -jar restarts here");
        Optional<ProcessHandle> child = first.toHandle().children().findFirst();
        assertThat(child).isPresent();

        first.destroyForcibly();

        assertThat(child.get().onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    /** Whether a {@code java} started as the tests start theirs maps the JDK's archive and so can write one. */
    private boolean javaWritesArchives() throws Exception {
        return javaWritesArchives(javaExecutable());
    }

    private boolean javaWritesArchives(String executable) throws Exception {
        Path probe = tmp.resolve("probe.jsa");
        Process java = new ProcessBuilder(executable, "-XX:ArchiveClassesAtExit=" + probe, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        boolean written = Files.isRegularFile(probe);
        Files.deleteIfExists(probe);
        return written;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The newest Java that makes ahead-of-time caches among those installed in {@code /usr/lib/jvm}, if any. */
    private static Optional<String> aheadOfTimeJava() throws IOException {
        Path installed = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(installed)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(installed)) {
            return homes.filter(home -> feature(home.resolve("release")) >= ArchiveFormat.FIRST_AHEAD_OF_TIME_JAVA)
                    .filter(home -> Files.isExecutable(home.resolve("bin").resolve("java")))
                    .max(Comparator.comparingInt(home -> feature(home.resolve("release"))))
                    .map(home -> home.resolve("bin").resolve("java").toString());
        }
    }

    /** The feature release a JDK's {@code release} file names ({@code JAVA_VERSION="25.0.3"}), 0 if none. */
    private static int feature(Path release) {
        try {
            Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean madvise() {
        try {
            return HugePageMode.of(Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled")))
                    == HugePageMode.MADVISE;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code java OPTIONS -jar probe.jar} or, from {@code -jar} on, {@code java -jar probe.jar ARGUMENTS}. */
    private Run java(String... optionsThenArguments) throws Exception {
        return javaOf(javaExecutable(), optionsThenArguments);
    }

    /** {@link #java(String...)} with another Java. */
    private Run javaOf(String executable, String... optionsThenArguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(executable));
        List<String> arguments = new ArrayList<>();
        boolean afterJar = false;
        for (String each : optionsThenArguments) {
            if (each.equals("-jar")) {
                afterJar = true;
            } else {
                (afterJar ? arguments : command).add(each);
            }
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"));
        environment.put("JDK_JAVA_OPTIONS", "-Dfrom.environment=1");
        environment.put("XDG_CACHE_HOME", cache.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, new String(err.get(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the compiled classes of {@code type}'s package to the jar. */
    private static void add(JarOutputStream out, Class<?> type) throws IOException {
        Path classes = Path.of(type.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path folder = classes.resolve(type.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString()));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
    }

    private record Run(int code, String out, String err) {
        /** Standard error without the launcher's notes on JDK_JAVA_OPTIONS, which parent and child each print. */
        String errWithoutNotes() {
            return err.lines().filter(line -> !line.startsWith("NOTE: Picked up JDK_JAVA_OPTIONS")).reduce("", String::concat);
        }
    }
}
