package io.github.movierecommender.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.movierecommender.files.FolderRoom;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the decision reads from the arguments, the kernel's huge page file and the dataset's files. */
class LaunchArgumentsTest {

    @TempDir
    Path tmp;

    @Test
    void dataIsFoundSpelledEitherWay() {
        assertThat(DataArgument.of(List.of("stats", "--data", "/d/ml-32m", "--json"))).contains("/d/ml-32m");
        assertThat(DataArgument.of(List.of("recommend", "--user", "1", "--data=/d/ml.zip"))).contains("/d/ml.zip");
        assertThat(DataArgument.of(List.of("stats", "--data"))).isEmpty();
        assertThat(DataArgument.of(List.of("download", "--into", "/d"))).isEmpty();
    }

    @Test
    void theStartTimeIsLinuxsToTheHundredthNotJavasToTheSecond() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "Linux's /proc");
        long jvmStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
        ProcessHandle.Info info = ProcessHandle.current().info();

        long started = ThisJvm.startedAt(info).orElseThrow();

        assertThat(started).as("after Java's start time, which is early, and before the JVM was up")
                .isBetween(info.startInstant().orElseThrow().toEpochMilli() - 20, jvmStarted + 20);
        assertThat(ThisJvm.startedAt(startingAt(Instant.ofEpochMilli(started - 10_000))))
                .as("Java's answer where they disagree").hasValue(started - 10_000);
    }

    @Test
    void hugePageModeIsTheBracketedWord() {
        assertThat(HugePageMode.of("always [madvise] never\n")).isEqualTo(HugePageMode.MADVISE);
        assertThat(HugePageMode.of("[always] madvise never\n")).isEqualTo(HugePageMode.ALWAYS);
        assertThat(HugePageMode.of("always madvise [never]\n")).isEqualTo(HugePageMode.NEVER);
        assertThat(HugePageMode.of("")).isEqualTo(HugePageMode.UNKNOWN);
        assertThat(HugePageMode.of("always [sometimes] never")).isEqualTo(HugePageMode.UNKNOWN);
    }

    @Test
    void dataSizeIsTheFolderRatingsOrTheZip() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("ml-32m"));
        sparse(folder.resolve("ratings.csv"), 300L << 20);
        sparse(tmp.resolve("ml-32m.zip"), 270L << 20);
        sparse(tmp.resolve("ratings.csv"), 300L << 20);

        assertThat(ThisJvm.dataSize(Optional.of(folder.toString()))).isEqualTo(OptionalLong.of(300L << 20));
        assertThat(ThisJvm.dataSize(Optional.of(tmp.resolve("ml-32m.zip").toString())))
                .isEqualTo(OptionalLong.of(270L << 20));
        assertThat(ThisJvm.dataSize(Optional.of(tmp.resolve("ratings.csv").toString()))).as("neither").isEmpty();
        assertThat(ThisJvm.dataSize(Optional.of(tmp.resolve("absent").toString()))).isEmpty();
        assertThat(ThisJvm.dataSize(Optional.of(Files.createDirectory(tmp.resolve("empty")).toString())))
                .as("a folder without ratings.csv").isEmpty();
        assertThat(ThisJvm.dataSize(Optional.of("\0"))).isEmpty();

        Path oneMillion = Files.createDirectory(tmp.resolve("ml-1m"));
        sparse(oneMillion.resolve("ratings.dat"), 24L << 20);
        assertThat(ThisJvm.dataSize(Optional.of(oneMillion.toString()))).as("ratings.dat")
                .isEqualTo(OptionalLong.of(24L << 20));
        Path releases = Files.createDirectories(tmp.resolve("datasets").resolve("ml-32m"));
        sparse(releases.resolve("ratings.csv"), 800L << 20);
        assertThat(ThisJvm.dataSize(Optional.of(releases.getParent().toString()))).as("a release in the folder")
                .isEqualTo(OptionalLong.of(800L << 20));
        assertThat(ThisJvm.dataSize(Optional.empty())).isEmpty();
    }

    @Test
    void anArchiveIsOfferedWhereOneIsOrANewOneCanBeWritten() throws IOException {
        Path jar = Files.writeString(tmp.resolve("app.jar"), "jar");
        Path cache = tmp.resolve("cache").resolve("movie-recommender");

        ClassArchive first = ThisJvm.archive(jar, cache).orElseThrow();
        assertThat(first.present()).isFalse();
        assertThat(first.format()).as("this Java's").isEqualTo(ArchiveFormat.ofJava(Runtime.version().feature()));
        assertThat(first.file().getFileName().toString()).endsWith(first.format().suffix());
        assertThat(first.file().getParent()).isEqualTo(cache).isDirectory();
        assertThat(first.temporary().getParent()).isEqualTo(cache);
        Files.writeString(first.file(), "archive");
        assertThat(ThisJvm.archive(jar, cache).orElseThrow().present()).isTrue();

        Path underAFile = Files.writeString(tmp.resolve("afile"), "").resolve("cache");
        assertThat(ThisJvm.archive(jar, underAFile)).as("a folder that cannot be made").isEmpty();
        assertThat(ThisJvm.archive(jar, Path.of("relative-cache"))).as("a relative folder").isEmpty();
        assertThat(Path.of("relative-cache")).doesNotExist();
        assertThat(FolderRoom.canTake(cache, first.format().room())).isTrue();
        assertThat(FolderRoom.canTake(cache, Long.MAX_VALUE)).as("too little space").isFalse();
    }

    private static void sparse(Path file, long size) throws IOException {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(size);
        }
    }

    private static ProcessHandle.Info startingAt(Instant start) {
        return new ProcessHandle.Info() {
            @Override
            public Optional<String> command() {
                return Optional.empty();
            }

            @Override
            public Optional<String> commandLine() {
                return Optional.empty();
            }

            @Override
            public Optional<String[]> arguments() {
                return Optional.empty();
            }

            @Override
            public Optional<Instant> startInstant() {
                return Optional.of(start);
            }

            @Override
            public Optional<Duration> totalCpuDuration() {
                return Optional.empty();
            }

            @Override
            public Optional<String> user() {
                return Optional.empty();
            }
        };
    }
}
