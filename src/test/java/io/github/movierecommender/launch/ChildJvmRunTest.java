package io.github.movierecommender.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.movierecommender.ChildJvm;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parent's side of a restart, with real child JVMs. */
class ChildJvmRunTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void theChildUsesTheParentsStreamsAndItsExitCodeIsTheParents() throws Exception {
        Process parent = ChildJvm.command(List.of(ChildJvm.BRIEF), ChildProbes.Parent.class,
                ChildProbes.Echo.class.getName(), "a", "b c").start();
        CompletableFuture<String> out = read(parent.getInputStream());
        CompletableFuture<String> err = read(parent.getErrorStream());
        try (OutputStream in = parent.getOutputStream()) {
            in.write("typed\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(parent.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(parent.exitValue()).isEqualTo(7);
        assertThat(out.get()).isEqualTo("out a|b c" + System.lineSeparator() + "in typed" + System.lineSeparator());
        assertThat(err.get()).contains("err line");
    }

    @Test
    void aCompleteArchiveOfACleanExitTakesTheArchivesPlace() throws Exception {
        ArchiveDump dump = dump();
        Files.writeString(dump.archive(), "the one before");

        OptionalInt code = run(ChildProbes.ArchiveWriter.class, dump, "complete", "0");

        assertThat(code).hasValue(0);
        assertThat(ClassArchives.isComplete(dump.archive())).isTrue();
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(dump.archive());
        }
    }

    @Test
    void aFailedExitLeavesNothingAndKeepsTheArchiveThere() throws Exception {
        ArchiveDump dump = dump();
        Files.writeString(dump.archive(), "the one before");

        assertThat(run(ChildProbes.ArchiveWriter.class, dump, "complete", "3")).hasValue(3);

        assertThat(dump.temporary()).doesNotExist();
        assertThat(dump.archive()).hasContent("the one before");
    }

    @Test
    void aPartOfAnArchiveOrNoneIsNotKept() throws Exception {
        ArchiveDump partial = dump();
        assertThat(run(ChildProbes.ArchiveWriter.class, partial, "partial", "0")).hasValue(0);
        assertThat(tmp).isEmptyDirectory();

        ArchiveDump none = dump();
        OptionalInt code = assertTimeoutPreemptively(HANG_GUARD, () -> ChildJvmRun.run(
                new Restart(ChildJvm.command(List.of(ChildJvm.BRIEF), ChildProbes.ArchiveWriter.class,
                        tmp.resolve("elsewhere").toString(), "complete", "0").command(), Optional.of(none))));
        assertThat(code).hasValue(0);
        assertThat(tmp).isDirectoryContaining(path -> path.endsWith("elsewhere"));
        assertThat(none.temporary()).doesNotExist();
        assertThat(none.archive()).doesNotExist();
    }

    @Test
    void aCacheMadeOfTheChildsRecordByAnotherJvmTakesTheArchivesPlaceAndTheRecordIsDeleted() throws Exception {
        Path archive = tmp.resolve("movie-recommender-00000000000000cc.aot");
        Path record = Files.writeString(ClassArchives.temporaryFor(archive, ProcessHandle.current().pid()), "record");
        Path made = ClassArchives.assembledFrom(record);
        ByteBuffer cache = ByteBuffer.allocate(4096).order(ByteOrder.nativeOrder()).putInt(0, 0xf00baba2);
        Path madeByJava = Files.write(tmp.resolve("made-by-java"), cache.array());

        OptionalInt code = ChildJvmRun.run(new Restart(List.of("true"), Optional.of(new ArchiveDump(record, archive,
                Optional.of(new CacheAssembly(List.of("cp", madeByJava.toString(), made.toString()), made))))));

        assertThat(code).hasValue(0);
        assertThat(ClassArchives.isComplete(archive)).isTrue();
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactlyInAnyOrder(archive, madeByJava);
        }
    }

    @Test
    void noCacheOfAFailedMakingOrOfAChildsUncleanExit() throws Exception {
        Path archive = tmp.resolve("movie-recommender-00000000000000cc.aot");
        Path ran = tmp.resolve("making ran");
        for (boolean childFails : List.of(false, true)) {
            Path record = Files.writeString(ClassArchives.temporaryFor(archive, ProcessHandle.current().pid()), "r");
            Path made = ClassArchives.assembledFrom(record);
            String making = "touch '" + ran + "'; printf '\\242\\253\\013\\360' > '" + made + "'"
                    + (childFails ? "" : "; exit 3");

            OptionalInt code = ChildJvmRun.run(new Restart(List.of(childFails ? "false" : "true"), Optional.of(
                    new ArchiveDump(record, archive, Optional.of(new CacheAssembly(List.of("sh", "-c", making), made))))));

            assertThat(code).hasValue(childFails ? 1 : 0);
            assertThat(Files.deleteIfExists(ran)).as("the making ran").isEqualTo(!childFails);
            assertThat(tmp).as(childFails ? "the child failed" : "the making failed").isEmptyDirectory();
        }
    }

    @Test
    void stoppingTheParentWhileTheCacheIsMadeStopsThatJvmAndDeletesTheFiles() throws Exception {
        Path archive = tmp.resolve("movie-recommender-00000000000000cc.aot");
        Path record = Files.writeString(ClassArchives.temporaryFor(archive, 4242), "record");
        Path pidFile = tmp.resolve("making.pid");
        Process parent = ChildJvm.command(List.of(ChildJvm.BRIEF), ChildProbes.AssemblingParent.class,
                record.toString(), archive.toString(), pidFile.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long makingPid = assertTimeoutPreemptively(HANG_GUARD, () -> {
            while (!Files.isRegularFile(pidFile) || Files.readString(pidFile).isBlank()) {
                Thread.sleep(20);
            }
            return Long.parseLong(Files.readString(pidFile).strip());
        });

        parent.destroy();

        assertThat(parent.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(makingPid).map(ProcessHandle::isAlive)).as("the making JVM is gone")
                .isNotEqualTo(Optional.of(true));
        Files.delete(pidFile);
        assertThat(tmp).as("the record and the cache begun").isEmptyDirectory();
    }

    @Test
    void aChildThatCannotStartIsNoRestart() {
        ArchiveDump dump = dump();

        OptionalInt code = ChildJvmRun.run(new Restart(List.of(tmp.resolve("no-java").toString()), Optional.of(dump)));

        assertThat(code).isEmpty();
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void stoppingTheParentStopsTheChildAfterItsShutdown() throws Exception {
        Path pidFile = tmp.resolve("child.pid");
        Path marker = tmp.resolve("saved");
        Process parent = ChildJvm.command(List.of(ChildJvm.BRIEF), ChildProbes.Parent.class,
                ChildProbes.Lingering.class.getName(), pidFile.toString(), marker.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long childPid = assertTimeoutPreemptively(HANG_GUARD, () -> {
            while (!Files.isRegularFile(pidFile) || Files.readString(pidFile).isEmpty()) {
                Thread.sleep(20);
            }
            return Long.parseLong(Files.readString(pidFile));
        });

        parent.destroy();

        assertThat(parent.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(marker).as("the child's shutdown ran").hasContent("saved");
        assertThat(ProcessHandle.of(childPid).map(ProcessHandle::isAlive)).as("the child is gone").isNotEqualTo(
                Optional.of(true));
    }

    private ArchiveDump dump() {
        Path archive = tmp.resolve("movie-recommender-00000000000000bb.jsa");
        return new ArchiveDump(ClassArchives.temporaryFor(archive, ProcessHandle.current().pid()), archive,
                Optional.empty());
    }

    private OptionalInt run(Class<?> main, ArchiveDump dump, String kind, String code) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> ChildJvmRun.run(new Restart(
                ChildJvm.command(List.of(ChildJvm.BRIEF), main, dump.temporary().toString(), kind, code).command(),
                Optional.of(dump))));
    }

    private static CompletableFuture<String> read(java.io.InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
