package io.github.movierecommender.posters;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The posters kept on disk: fetched once, kept across restarts, the least recently used deleted
 * past the size limit, and a damaged file ignored and fetched again.
 */
class PosterCacheTest {

    private static final ApiKey KEY = ApiKey.parse(FakeTmdb.KEY).orElseThrow();
    private static final byte[] RED = FakeTmdb.png(20, 30, Color.RED);
    private static final byte[] GREEN = FakeTmdb.png(20, 30, Color.GREEN);
    private static final byte[] BLUE = FakeTmdb.png(20, 30, Color.BLUE);

    @TempDir
    Path folder;

    @AutoClose
    final FakeTmdb tmdb = new FakeTmdb();

    private TmdbPosters posters(PosterCache cache) {
        return new TmdbPosters(new TmdbClient(TmdbClient.httpClient(TmdbLimits.DEFAULT), tmdb.base(), KEY,
                TmdbLimits.DEFAULT), cache);
    }

    @Test
    void aPosterIsFetchedOnceAndKeptAcrossRestarts() throws Exception {
        tmdb.poster(7001, RED).noPoster(7002);

        assertThat(posters(new PosterCache(folder, 1 << 20)).poster(7001, () -> false)).hasValue(RED);
        assertThat(posters(new PosterCache(folder, 1 << 20)).poster(7001, () -> false)).hasValue(RED);
        assertThat(posters(new PosterCache(folder, 1 << 20)).poster(7002, () -> false)).isEmpty();

        assertThat(tmdb.hits("/3/movie/7001")).isEqualTo(1);
        assertThat(tmdb.hits("/t/p/w185/poster7001.png")).isEqualTo(1);
    }

    @Test
    void pastTheLimitTheLeastRecentlyUsedPostersGo() throws Exception {
        PosterCache sizing = new PosterCache(folder.resolve("sizing"), 1 << 20);
        sizing.write(1, RED);
        long one = sizing.size();
        PosterCache cache = new PosterCache(folder.resolve("posters"), 2 * one + one / 2);

        cache.write(1, RED);
        cache.write(2, GREEN);
        assertThat(cache.read(1)).as("1 is now used more recently than 2").hasValue(RED);
        cache.write(3, BLUE);

        assertThat(cache.size()).isLessThanOrEqualTo(2 * one + one / 2);
        assertThat(cache.read(2)).isEmpty();
        assertThat(cache.read(1)).hasValue(RED);
        assertThat(cache.read(3)).hasValue(BLUE);
        assertThat(Files.exists(folder.resolve("posters").resolve("2.poster"))).isFalse();
        PosterCache reopened = new PosterCache(folder.resolve("posters"), one + one / 2);
        assertThat(reopened.size()).as("a smaller limit at the next start").isLessThanOrEqualTo(one + one / 2);
        assertThat(reopened.read(3)).as("the most recently used stays").hasValue(BLUE);
    }

    @Test
    void aPosterLargerThanTheWholeCacheIsNotKept() throws Exception {
        PosterCache cache = new PosterCache(folder, 10);

        cache.write(1, RED);

        assertThat(cache.read(1)).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aDamagedFileIsIgnoredAndThePosterFetchedAgain() throws Exception {
        tmdb.poster(7001, RED);
        PosterCache cache = new PosterCache(folder, 1 << 20);
        posters(cache).poster(7001, () -> false);
        Path file = folder.resolve("7001.poster");
        byte[] kept = Files.readAllBytes(file);

        for (byte[] damaged : new byte[][] {flipLastByte(kept), java.util.Arrays.copyOf(kept, kept.length - 5),
                new byte[0], "not a poster at all".getBytes()}) {
            Files.write(file, damaged);
            PosterCache restarted = new PosterCache(folder, 1 << 20);
            assertThat(posters(restarted).poster(7001, () -> false)).hasValue(RED);
            assertThat(Files.readAllBytes(file)).isEqualTo(kept);
        }
        assertThat(tmdb.hits("/t/p/w185/poster7001.png")).isEqualTo(5);
    }

    @Test
    void whatACrashLeftHalfWrittenIsClearedAway() throws Exception {
        Files.write(folder.resolve(".7001.poster.abc123.tmp"), new byte[] {1, 2, 3});
        Files.write(folder.resolve("notes.txt"), new byte[] {1});
        PosterCache cache = new PosterCache(folder, 1 << 20);

        assertThat(cache.read(7001)).isEmpty();

        assertThat(Files.exists(folder.resolve(".7001.poster.abc123.tmp"))).isFalse();
        assertThat(Files.exists(folder.resolve("notes.txt"))).as("not the cache's to delete").isTrue();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aDiscardedPosterIsFetchedAgain() throws Exception {
        tmdb.poster(7001, RED);
        TmdbPosters posters = posters(new PosterCache(folder, 1 << 20));
        posters.poster(7001, () -> false);

        posters.discard(7001);

        assertThat(posters.poster(7001, () -> false)).hasValue(RED);
        assertThat(tmdb.hits("/t/p/w185/poster7001.png")).isEqualTo(2);
    }

    private static byte[] flipLastByte(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length - 1] ^= 0x55;
        return copy;
    }
}
