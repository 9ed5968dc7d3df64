package io.github.movierecommender.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderWarmUpTest {

    private static final SyntheticDataset.Size SMALL = new SyntheticDataset.Size(200, 300, 5_000);

    @TempDir
    Path cache;

    @Test
    void writesAReleaseOfHalfAMillionRatingsThatLoadsCleanly() throws Exception {
        LoaderWarmUp warmUp = new LoaderWarmUp(cache);

        Dataset release = warmUp.run(() -> false).orElseThrow();

        assertThat(release.ratings().size()).isEqualTo(LoaderWarmUp.SIZE.ratings());
        assertThat(release.movies().size()).isEqualTo(LoaderWarmUp.SIZE.movies());
        assertThat(release.report().skippedLines()).isZero();
        assertThat(entries()).as("no temporary folder left").containsExactly(warmUp.release());
    }

    @Test
    void theReleaseIsWrittenOnceAndLoadedEachTimeAskingWhetherToStopAsItGoes() throws IOException {
        LoaderWarmUp warmUp = new LoaderWarmUp(cache, SMALL);
        warmUp.run(() -> false);
        Path marker = Files.writeString(warmUp.release().resolve("kept"), "");
        AtomicInteger asked = new AtomicInteger();

        assertThat(warmUp.run(counting(asked, false))).isPresent();

        assertThat(marker).as("the release was not written again").exists();
        assertThat(asked.get()).as("the load asked as it went").isGreaterThan(1);
    }

    @Test
    void askedToStopBeforeOrWhileWritingItWritesAndLoadsNothing() throws IOException {
        LoaderWarmUp warmUp = new LoaderWarmUp(cache, SMALL);
        AtomicInteger asked = new AtomicInteger();

        assertThat(warmUp.run(() -> true)).isEmpty();
        assertThat(warmUp.run(() -> asked.incrementAndGet() > 1)).as("stopped by the first users written").isEmpty();

        assertThat(entries()).as("nothing written, no temporary folder left").isEmpty();
    }

    @Test
    void askedToStopWhileLoadingItKeepsTheRelease() {
        LoaderWarmUp warmUp = new LoaderWarmUp(cache, SMALL);
        warmUp.run(() -> false);
        AtomicInteger asked = new AtomicInteger();

        assertThat(warmUp.run(() -> asked.incrementAndGet() > 1)).isEmpty();

        assertThat(warmUp.release().resolve("ratings.csv")).isRegularFile();
    }

    @Test
    void aReleaseThatNoLongerLoadsIsRemovedAndWrittenAnewNextTime() throws IOException {
        LoaderWarmUp warmUp = new LoaderWarmUp(cache, SMALL);
        warmUp.run(() -> false);
        Files.delete(warmUp.release().resolve("ratings.csv"));

        assertThat(warmUp.run(() -> false)).isEmpty();
        assertThat(warmUp.release()).doesNotExist();
        assertThat(warmUp.run(() -> false)).isPresent();

        assertThat(warmUp.release().resolve("ratings.csv")).isRegularFile();
    }

    @Test
    void writesCutShortAnHourAgoAreRemovedAndYoungerOnesLeftToTheirProcess() throws IOException {
        LoaderWarmUp warmUp = new LoaderWarmUp(cache, SMALL);
        String name = warmUp.release().getFileName().toString();
        Path old = unfinished("." + name + ".old1.tmp", Instant.now().minus(2, ChronoUnit.HOURS));
        Path young = unfinished("." + name + ".new1.tmp", Instant.now().minus(5, ChronoUnit.MINUTES));
        Path someoneElses = unfinished(".other.old2.tmp", Instant.now().minus(2, ChronoUnit.HOURS));

        warmUp.run(() -> false);

        assertThat(entries()).containsExactlyInAnyOrder(warmUp.release(), young, someoneElses).doesNotContain(old);
    }

    @Test
    void aCacheFolderThatCannotBeWrittenLeavesItQuietly() throws IOException {
        Path notAFolder = Files.writeString(cache.resolve("taken"), "a file where the folder would be");

        assertThat(new LoaderWarmUp(notAFolder, SMALL).run(() -> false)).isEmpty();

        assertThat(notAFolder).hasContent("a file where the folder would be");
    }

    private Path unfinished(String name, Instant changed) throws IOException {
        Path folder = Files.createDirectories(cache.resolve(name));
        Files.writeString(folder.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,1,4.0,1\n");
        Files.setLastModifiedTime(folder, FileTime.from(changed));
        return folder;
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.toList();
        }
    }

    private static BooleanSupplier counting(AtomicInteger asked, boolean answer) {
        return () -> {
            asked.incrementAndGet();
            return answer;
        };
    }
}
