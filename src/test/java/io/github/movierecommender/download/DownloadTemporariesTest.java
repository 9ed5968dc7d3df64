package io.github.movierecommender.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files of downloads that were killed are cleared by the next download; those in use are not. */
class DownloadTemporariesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final FileTime TWO_DAYS_AGO = FileTime.from(Instant.now().minus(Duration.ofDays(2)));

    @TempDir
    Path tmp;

    @AutoClose
    private final LocalServer server = new LocalServer();
    private final HttpClient client = HttpClient.newHttpClient();
    private Path data;
    private Path datasets;

    @BeforeEach
    void dataFolder() throws IOException {
        data = tmp.resolve("data");
        datasets = Files.createDirectories(data.resolve("datasets"));
    }

    /** Serves a release named {@code name} with its MD5 at /NAME.zip. */
    private URI publish(String name) throws IOException {
        return server.publish("/" + name + ".zip", ReleaseZips.release(name));
    }

    private Path download(URI uri) throws DownloadException {
        return new ReleaseDownloader(client, data).download(uri, DownloadMonitor.NONE);
    }

    /** The temporaries of a download numbered {@code id}: its lock file, partial zip and unpacking folder. */
    private List<Path> temporaries(String id) throws IOException {
        Path lock = Files.writeString(datasets.resolve(".download-" + id + ".lock"), "");
        Path zip = Files.write(datasets.resolve(".download-" + id + ".zip.part"), new byte[1000]);
        Path unpacking = Files.createDirectories(datasets.resolve(".unpacking-" + id));
        Path partOfARelease = Files.createDirectories(unpacking.resolve("new").resolve("ml-latest-small"));
        Files.writeString(partOfARelease.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n");
        return List.of(lock, zip, unpacking);
    }

    private static void makeOld(List<Path> paths) throws IOException {
        for (Path path : paths) {
            Files.setLastModifiedTime(path, TWO_DAYS_AGO);
        }
    }

    private List<Path> datasetsFolder() throws IOException {
        try (Stream<Path> entries = Files.list(datasets)) {
            return entries.sorted().toList();
        }
    }

    @Test
    void whatAKilledDownloadLeftIsRemovedByTheNextOne() throws Exception {
        temporaries("4242");
        URI uri = publish("ml-latest-small");

        Path release = download(uri);

        assertEquals(List.of(release), datasetsFolder());
    }

    @Test
    void temporariesWhoseLockAnotherProcessHoldsAreLeftAlone() throws Exception {
        List<Path> inUse = temporaries("77");
        makeOld(inUse);
        Process holder = LockHolder.start("hold", inUse.get(0));
        try {
            assertEquals("locked", assertTimeoutPreemptively(HANG_GUARD, () -> LockHolder.firstLine(holder)));

            Path first = download(publish("ml-latest-small"));

            assertEquals(Stream.concat(inUse.stream(), Stream.of(first)).sorted().toList(), datasetsFolder());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(HANG_GUARD.toSeconds(), TimeUnit.SECONDS));
        }

        Path second = download(publish("ml-latest"));

        assertEquals(List.of(second, datasets.resolve("ml-latest-small")), datasetsFolder());
    }

    @Test
    void aDownloadRunningInThisProcessKeepsItsTemporariesWhileAnotherOneRuns() throws Exception {
        byte[] stalledZip = ReleaseZips.release("ml-latest");
        server.serve("/ml-latest.zip.md5", ReleaseZips.md5(stalledZip).getBytes(StandardCharsets.US_ASCII));
        CountDownLatch halfSent = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        URI stalled = server.handle("/ml-latest.zip", exchange -> {
            exchange.sendResponseHeaders(200, stalledZip.length);
            OutputStream out = exchange.getResponseBody();
            out.write(stalledZip, 0, stalledZip.length / 2);
            out.flush();
            halfSent.countDown();
            await(goOn);
            out.write(stalledZip, stalledZip.length / 2, stalledZip.length - stalledZip.length / 2);
            out.close();
        });
        CompletableFuture<Path> running = CompletableFuture.supplyAsync(() -> {
            try {
                return download(stalled);
            } catch (DownloadException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertTrue(halfSent.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS));
            List<Path> runningTemporaries = datasetsFolder();
            assertEquals(2, runningTemporaries.size(), "its lock file and partial zip: " + runningTemporaries);

            Path other = download(publish("ml-latest-small"));

            assertEquals(Stream.concat(runningTemporaries.stream(), Stream.of(other)).sorted().toList(),
                    datasetsFolder());
            Path lockFile = runningTemporaries.stream().filter(path -> path.toString().endsWith(".lock")).findAny()
                    .orElseThrow();
            Process anotherInstance = LockHolder.start("try", lockFile);
            assertEquals("held", assertTimeoutPreemptively(HANG_GUARD, () -> LockHolder.firstLine(anotherInstance)),
                    "the running download still holds its lock for other processes");
        } finally {
            goOn.countDown();
        }
        Path finished = running.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
        assertEquals(List.of(finished, datasets.resolve("ml-latest-small")), datasetsFolder());
    }

    @Test
    void temporariesWithoutALockFileGoOnlyOnceTheyHaveNotChangedForADay() throws Exception {
        Path oldZip = Files.write(datasets.resolve(".download-5.zip.part"), new byte[10]);
        Path oldUnpacking = Files.createDirectories(datasets.resolve(".unpacking-5"));
        makeOld(List.of(oldZip, oldUnpacking));
        Path recentZip = Files.write(datasets.resolve(".download-6.zip.part"), new byte[10]);
        Path notATemporary = Files.writeString(datasets.resolve(".download-notes.zip.part"), "mine\n");
        makeOld(List.of(notATemporary));

        Path release = download(publish("ml-latest-small"));

        assertEquals(List.of(recentZip, notATemporary, release), datasetsFolder());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
