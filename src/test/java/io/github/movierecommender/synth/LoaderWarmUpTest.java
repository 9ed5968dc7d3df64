package io.github.movierecommender.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderWarmUpTest {

    @TempDir
    Path cache;

    @Test
    void writesAReleaseOfHalfAMillionRatingsOnceAndLoadsItEachTime() throws Exception {
        LoaderWarmUp warmUp = new LoaderWarmUp(cache);
        AtomicInteger asked = new AtomicInteger();

        warmUp.run(counting(asked, false));
        Dataset release = DatasetLoader.load(warmUp.release());
        FileTime written = Files.getLastModifiedTime(warmUp.release().resolve("ratings.csv"));
        int askedByTheFirstRun = asked.getAndSet(0);
        warmUp.run(counting(asked, false));

        assertThat(release.ratings().size()).isEqualTo(LoaderWarmUp.SIZE.ratings());
        assertThat(release.movies().size()).isEqualTo(LoaderWarmUp.SIZE.movies());
        assertThat(release.report().skippedLines()).isZero();
        assertThat(askedByTheFirstRun).as("the load asked whether to stop as it went").isGreaterThan(1);
        assertThat(asked.get()).isGreaterThan(1);
        assertThat(Files.getLastModifiedTime(warmUp.release().resolve("ratings.csv"))).isEqualTo(written);
        try (var files = Files.list(cache)) {
            assertThat(files).as("no temporary folder left").containsExactly(warmUp.release());
        }
    }

    @Test
    void askedToStopItLoadsNothingAndKeepsTheRelease() {
        LoaderWarmUp warmUp = new LoaderWarmUp(cache);
        AtomicInteger asked = new AtomicInteger();

        warmUp.run(counting(asked, true));

        assertThat(asked.get()).as("asked once, before the load").isOne();
        assertThat(warmUp.release().resolve("ratings.csv")).isRegularFile();
    }

    @Test
    void aReleaseThatNoLongerLoadsIsRemovedAndWrittenAnewNextTime() throws IOException {
        LoaderWarmUp warmUp = new LoaderWarmUp(cache);
        warmUp.run(() -> false);
        Files.delete(warmUp.release().resolve("ratings.csv"));

        warmUp.run(() -> false);
        assertThat(warmUp.release()).doesNotExist();
        warmUp.run(() -> false);

        assertThat(warmUp.release().resolve("ratings.csv")).isRegularFile();
    }

    @Test
    void whatAWriteCutShortLeftIsRemovedAsTheReleaseIsWritten() throws IOException {
        Path unfinished = Files.createDirectories(cache.resolve("." + LoaderWarmUp.RELEASE + ".x1y2.tmp"));
        Files.writeString(unfinished.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,1,4.0,1\n");
        Path someoneElses = Files.createDirectories(cache.resolve(".other.x1y2.tmp"));
        LoaderWarmUp warmUp = new LoaderWarmUp(cache);

        warmUp.run(() -> false);

        try (var files = Files.list(cache)) {
            assertThat(files).containsExactlyInAnyOrder(warmUp.release(), someoneElses);
        }
    }

    @Test
    void aCacheFolderThatCannotBeWrittenLeavesItQuietly() throws IOException {
        Path notAFolder = Files.writeString(cache.resolve("taken"), "a file where the folder would be");

        new LoaderWarmUp(notAFolder).run(() -> false);

        assertThat(notAFolder).hasContent("a file where the folder would be");
    }

    private static BooleanSupplier counting(AtomicInteger asked, boolean answer) {
        return () -> {
            asked.incrementAndGet();
            return answer;
        };
    }
}
