package io.github.movierecommender.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchivesTest {

    private static final Path JAR = Path.of("/home/ana/app/movie-recommender.jar");
    private static final String HOME = "/usr/lib/jvm/java-17";
    private static final String VM = "17.0.15+6-Debian-1deb12u1";

    @Test
    void theNameIsTheSameForTheSameJarAndJava() {
        String name = ClassArchives.name(JAR, 1000, 5000, HOME, VM, ArchiveFormat.DYNAMIC_ARCHIVE);

        assertThat(name).matches("movie-recommender-[0-9a-f]{16}\\.jsa");
        assertThat(ClassArchives.name(JAR, 1000, 5000, HOME, VM, ArchiveFormat.DYNAMIC_ARCHIVE)).isEqualTo(name);
    }

    @Test
    void anotherJarBuildPlaceOrJavaGetsAnotherName() {
        List<String> names = List.of(ClassArchives.name(JAR, 1000, 5000, HOME, VM, ArchiveFormat.DYNAMIC_ARCHIVE),
                ClassArchives.name(Path.of("/home/ana/other/movie-recommender.jar"), 1000, 5000, HOME, VM, ArchiveFormat.DYNAMIC_ARCHIVE),
                ClassArchives.name(JAR, 1001, 5000, HOME, VM, ArchiveFormat.DYNAMIC_ARCHIVE),
                ClassArchives.name(JAR, 1000, 5001, HOME, VM, ArchiveFormat.DYNAMIC_ARCHIVE),
                ClassArchives.name(JAR, 1000, 5000, "/opt/jdk-17", VM, ArchiveFormat.DYNAMIC_ARCHIVE),
                ClassArchives.name(JAR, 1000, 5000, HOME, "17.0.16+8", ArchiveFormat.DYNAMIC_ARCHIVE));

        assertThat(new HashSet<>(names)).hasSize(names.size());
    }

    @TempDir
    Path tmp;

    @Test
    void aNewArchiveKeepsTheNewestOthersAndDeletesOlderOnesAndLeftoversOfEndedProcesses() throws Exception {
        long now = System.currentTimeMillis();
        Path hourAgo = archiveModified("movie-recommender-00000000000000a1.jsa", now - 3_600_000);
        Path dayAgo = archiveModified("movie-recommender-00000000000000a2.jsa", now - 86_400_000);
        Path weekAgo = archiveModified("movie-recommender-00000000000000a3.jsa", now - 7 * 86_400_000L);
        Path monthAgo = archiveModified("movie-recommender-00000000000000a4.jsa", now - 30 * 86_400_000L);
        Path unrelated = Files.writeString(tmp.resolve("notes.txt"), "mine");
        Path endedOnes = Files.writeString(tmp.resolve(".movie-recommender-1.jsa." + endedProcess() + "-x.tmp"), "");
        Path runningOnes = Files.writeString(
                tmp.resolve(".movie-recommender-1.jsa." + ProcessHandle.current().pid() + "-y.tmp"), "");
        Path archive = tmp.resolve("movie-recommender-00000000000000bb.jsa");
        ArchiveDump dump = new ArchiveDump(ClassArchives.temporaryFor(archive, ProcessHandle.current().pid()), archive,
                Optional.empty());
        ByteBuffer complete = ByteBuffer.allocate(4096).order(ByteOrder.nativeOrder()).putInt(0, 0xf00baba8);
        Files.write(dump.temporary(), complete.array());

        ClassArchives.finish(dump, true);

        assertThat(ClassArchives.isComplete(archive)).isTrue();
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).as("the newest %d archives and what is not the app's or not ended", ClassArchives.KEPT)
                    .containsExactlyInAnyOrder(archive, hourAgo, dayAgo, unrelated, runningOnes);
        }
        assertThat(weekAgo).doesNotExist();
        assertThat(monthAgo).doesNotExist();
        assertThat(endedOnes).doesNotExist();
    }

    @Test
    void temporaryNamesAreBesideTheArchiveAndNeverTheSame() {
        Path archive = Path.of("/cache/movie-recommender-0123456789abcdef.jsa");
        Set<Path> names = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Path temporary = ClassArchives.temporaryFor(archive, 4242);
            assertThat(temporary.getParent()).isEqualTo(archive.getParent());
            assertThat(temporary.getFileName().toString()).startsWith(".movie-recommender-0123456789abcdef.jsa.4242-")
                    .endsWith(".tmp");
            assertThat(ClassArchives.assembledFrom(temporary).getFileName().toString())
                    .isEqualTo(temporary.getFileName().toString().replaceFirst("\\.tmp$", ".aot.tmp"));
            names.add(temporary);
        }
        assertThat(names).hasSize(100);
    }

    private Path archiveModified(String name, long millis) throws IOException {
        Path file = Files.writeString(tmp.resolve(name), "archive");
        Files.setLastModifiedTime(file, FileTime.fromMillis(millis));
        return file;
    }

    private static long endedProcess() throws IOException, InterruptedException {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        return ended.pid();
    }
}
