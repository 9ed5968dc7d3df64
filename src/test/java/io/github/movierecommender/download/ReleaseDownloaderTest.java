package io.github.movierecommender.download;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.data.DatasetSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReleaseDownloaderTest {

    private static final String ZIP_PATH = "/datasets/movielens/ml-latest-small.zip";

    @TempDir
    Path tmp;

    @AutoClose
    private final LocalServer server = new LocalServer();
    private final CountDownLatch releaseServer = new CountDownLatch(1);
    private final HttpClient client = HttpClient.newHttpClient();
    private Path data;

    @BeforeEach
    void dataFolder() {
        data = tmp.resolve("data");
    }

    @AfterEach
    void releaseStalledResponses() {
        releaseServer.countDown();
    }

    private ReleaseDownloader downloader() {
        return new ReleaseDownloader(client, data);
    }

    /** Serves {@code zip} and its MD5, as GroupLens does. */
    private URI publish(byte[] zip) throws Exception {
        publishChecksum(zip);
        return server.serve(ZIP_PATH, zip);
    }

    private void publishChecksum(byte[] zip) throws Exception {
        publishChecksumText(ReleaseZips.md5(zip) + "  ml-latest-small.zip\n");
    }

    private void publishChecksumText(String text) {
        server.serve(ZIP_PATH + ".md5", text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Anything a download left in the data folder besides the datasets folder. */
    private List<Path> leftovers() throws IOException {
        return DownloadSite.leftovers(data);
    }

    @Test
    void unpacksTheReleaseIntoTheDataFolderReadyToLoad() throws Exception {
        byte[] zip = ReleaseZips.release("ml-latest-small");
        URI uri = publish(zip);
        RecordingMonitor monitor = new RecordingMonitor((step, done) -> false);

        Path release = downloader().download(uri, monitor);

        assertEquals(data.resolve("datasets").resolve("ml-latest-small"), release);
        assertEquals(List.of(), DownloadSite.leftovers(data, release), "no zip or temporary folder is left beside it");
        assertTrue(Files.isRegularFile(release.resolve(".installed-by-movie-recommender")));
        DatasetSummary summary = DatasetLoader.load(release).summary();
        long unpackedSize = ReleaseZips.MOVIES.length() + ReleaseZips.RATINGS.length();
        assertAll(
                () -> assertEquals(3, summary.users()),
                () -> assertEquals(3, summary.movies()),
                () -> assertEquals(5, summary.ratings()),
                () -> assertEquals(List.of((long) zip.length, (long) zip.length),
                        monitor.last(DownloadStep.DOWNLOADING)),
                () -> assertEquals(List.of(unpackedSize, unpackedSize), monitor.last(DownloadStep.UNPACKING)));
    }

    @Test
    void makesItsClientOnlyAtTheFirstDownloadAndKeepsIt() throws Exception {
        URI uri = publish(ReleaseZips.release("ml-latest-small"));
        AtomicInteger made = new AtomicInteger();
        ReleaseDownloader downloader = new ReleaseDownloader(() -> {
            made.incrementAndGet();
            return client;
        }, data);
        assertEquals(0, made.get(), "no client before a download");

        downloader.download(uri, DownloadMonitor.NONE);
        downloader.download(uri, DownloadMonitor.NONE);

        assertEquals(1, made.get());
    }

    @Test
    void findsTheChecksumBesideTheZipWhenTheAddressHasAQueryAndAFragment() throws Exception {
        publish(ReleaseZips.release("ml-latest-small"));

        Path release = downloader().download(server.uri(ZIP_PATH + "?mirror=2#files"), DownloadMonitor.NONE);

        assertEquals(5, DatasetLoader.load(release).summary().ratings());
    }

    @Test
    void reportsAnUnknownTotalWhenTheServerSendsNoLength() throws Exception {
        byte[] zip = ReleaseZips.release("ml-latest-small");
        publishChecksum(zip);
        URI uri = server.handle(ZIP_PATH, exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(zip);
            }
        });
        RecordingMonitor monitor = new RecordingMonitor((step, done) -> false);

        Path release = downloader().download(uri, monitor);

        assertTrue(Files.isRegularFile(release.resolve("ratings.csv")));
        assertEquals(List.of((long) zip.length, DownloadMonitor.UNKNOWN_TOTAL),
                monitor.last(DownloadStep.DOWNLOADING));
    }

    @Test
    void unpacksAZipWithoutAFolderIntoOneNamedAfterTheZip() throws Exception {
        URI uri = publish(ReleaseZips.flat());

        Path release = downloader().download(uri, DownloadMonitor.NONE);

        assertEquals(data.resolve("datasets").resolve("ml-latest-small"), release);
        assertEquals(5, DatasetLoader.load(release).summary().ratings());
    }

    @Test
    void replacesAnEarlierCopyOfTheReleaseThatItInstalled() throws Exception {
        URI uri = publish(ReleaseZips.release("ml-latest-small"));
        Path earlier = downloader().download(uri, DownloadMonitor.NONE);
        Files.writeString(earlier.resolve("old.csv"), "old");

        Path release = downloader().download(uri, DownloadMonitor.NONE);

        assertEquals(earlier, release);
        assertFalse(Files.exists(release.resolve("old.csv")));
        assertTrue(Files.isRegularFile(release.resolve("ratings.csv")));
        assertEquals(List.of(), DownloadSite.leftovers(data, release));
    }

    @Test
    void aCancelMidwayThroughTheDownloadLeavesNoFiles() throws Exception {
        byte[] zip = ReleaseZips.release("ml-latest-small");
        publishChecksum(zip);
        AtomicBoolean secondHalfSent = new AtomicBoolean();
        URI uri = server.handle(ZIP_PATH, exchange -> {
            exchange.sendResponseHeaders(200, zip.length);
            OutputStream out = exchange.getResponseBody();
            out.write(zip, 0, zip.length / 2);
            out.flush();
            awaitRelease();
            secondHalfSent.set(true);
            out.write(zip, zip.length / 2, zip.length - zip.length / 2);
            out.close();
        });
        RecordingMonitor cancelOnFirstBytes = new RecordingMonitor((step, done) -> done > 0);

        assertThrows(DownloadCancelledException.class, () -> downloader().download(uri, cancelOnFirstBytes));

        assertFalse(secondHalfSent.get(), "the download stopped while the server was still sending");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aCancelMidwayThroughUnpackingKeepsTheEarlierCopyAsItWas() throws Exception {
        URI uri = publish(ReleaseZips.release("ml-latest-small"));
        Path earlier = downloader().download(uri, DownloadMonitor.NONE);
        Files.writeString(earlier.resolve("old.csv"), "old");
        List<Path> earlierFiles = DownloadSite.contents(earlier);
        RecordingMonitor cancelAfterOneFile = new RecordingMonitor(
                (step, done) -> step == DownloadStep.UNPACKING && done > 0);

        assertThrows(DownloadCancelledException.class, () -> downloader().download(uri, cancelAfterOneFile));

        assertEquals(earlierFiles, DownloadSite.contents(earlier));
        assertEquals(List.of(), DownloadSite.leftovers(data, earlier));
    }

    @Test
    void aConnectionThatEndsEarlySaysHowManyBytesArrived() throws Exception {
        byte[] zip = ReleaseZips.release("ml-latest-small");
        publishChecksum(zip);
        URI uri = server.handle(ZIP_PATH, exchange -> {
            exchange.sendResponseHeaders(200, 5000);
            OutputStream out = exchange.getResponseBody();
            out.write(Arrays.copyOf(zip, 1000));
            out.close();
        });

        DownloadException e = assertThrows(DownloadException.class,
                () -> downloader().download(uri, DownloadMonitor.NONE));

        assertEquals(DownloadException.Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().contains("1,000 of 5,000 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains(uri.toString()), e.getMessage());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aServerThatStallsTimesOutAndLeavesNoFiles() throws Exception {
        byte[] zip = ReleaseZips.release("ml-latest-small");
        publishChecksum(zip);
        URI uri = server.handle(ZIP_PATH, exchange -> {
            exchange.sendResponseHeaders(200, zip.length);
            exchange.getResponseBody().write(zip, 0, 100);
            exchange.getResponseBody().flush();
            awaitRelease();
        });
        ReleaseDownloader impatient = new ReleaseDownloader(client, data, Duration.ofMillis(300));

        DownloadException e = assertThrows(DownloadException.class,
                () -> impatient.download(uri, DownloadMonitor.NONE));

        assertEquals(DownloadException.Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().contains("no data arrived for 300 ms after 100 of " + zip.length + " bytes"),
                e.getMessage());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aWrongMd5NamesBothChecksums() throws Exception {
        byte[] zip = ReleaseZips.release("ml-latest-small");
        String wrong = "0123456789abcdef0123456789abcdef";
        publishChecksumText("MD5 (ml-latest-small.zip) = " + wrong + "\n");
        URI uri = server.serve(ZIP_PATH, zip);

        DownloadException e = assertThrows(DownloadException.class,
                () -> downloader().download(uri, DownloadMonitor.NONE));

        assertEquals(DownloadException.Kind.CONTENT, e.kind());
        assertTrue(e.getMessage().contains(ReleaseZips.md5(zip)), e.getMessage());
        assertTrue(e.getMessage().contains(wrong), e.getMessage());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws Exception {
        byte[] html = "<html><body>Maintenance</body></html>\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        URI uri = publish(html);

        DownloadException e = assertThrows(DownloadException.class,
                () -> downloader().download(uri, DownloadMonitor.NONE));

        assertEquals(DownloadException.Kind.CONTENT, e.kind());
        assertTrue(e.getMessage().contains("is not a valid zip"), e.getMessage());
        assertTrue(e.getMessage().contains(uri.toString()), e.getMessage());
        assertEquals(List.of(), leftovers());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.csv", "ml-latest-small/../../evil.csv", "/evil.csv", "..\\evil.csv",
        "C:/evil.csv"})
    void anEntryThatWouldLandOutsideTheDataFolderIsRefusedBeforeAnythingIsWritten(String entry) throws Exception {
        URI uri = publish(ReleaseZips.releaseWith("ml-latest-small", entry));

        DownloadException e = assertThrows(DownloadException.class,
                () -> downloader().download(uri, DownloadMonitor.NONE));

        assertTrue(e.getMessage().contains("\"" + entry + "\", which would be written outside the data folder"),
                e.getMessage());
        assertEquals(List.of(), leftovers());
        assertFalse(Files.exists(tmp.resolve("evil.csv")));
    }

    @Test
    void anHttpErrorNamesTheStatusAndTheAddress() throws Exception {
        byte[] zip = ReleaseZips.release("ml-latest-small");
        publishChecksum(zip);
        URI missing = server.uri("/datasets/movielens/ml-missing.zip");
        server.serve(missing.getPath() + ".md5", ReleaseZips.md5(zip).getBytes(StandardCharsets.US_ASCII));

        DownloadException e = assertThrows(DownloadException.class,
                () -> downloader().download(missing, DownloadMonitor.NONE));

        assertEquals(DownloadException.Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aMissingChecksumFileNamesItsAddress() throws Exception {
        URI uri = server.serve(ZIP_PATH, ReleaseZips.release("ml-latest-small"));

        DownloadException e = assertThrows(DownloadException.class,
                () -> downloader().download(uri, DownloadMonitor.NONE));

        assertEquals(DownloadException.Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
        assertTrue(e.getMessage().contains(uri + ".md5"), e.getMessage());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aChecksumFileWithoutAChecksumIsRefused() throws Exception {
        publishChecksumText("<html><body>Please log in to the network</body></html>");
        URI uri = server.serve(ZIP_PATH, ReleaseZips.release("ml-latest-small"));

        DownloadException e = assertThrows(DownloadException.class,
                () -> downloader().download(uri, DownloadMonitor.NONE));

        assertEquals(DownloadException.Kind.CONTENT, e.kind());
        assertTrue(e.getMessage().startsWith(uri + ".md5 holds no MD5 checksum"), e.getMessage());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aServerThatCannotBeReachedSaysSo() throws Exception {
        URI uri = server.uri(ZIP_PATH);
        server.close();

        DownloadException e = assertThrows(DownloadException.class,
                () -> downloader().download(uri, DownloadMonitor.NONE));

        assertEquals(DownloadException.Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().startsWith("Cannot download " + uri + ".md5: "), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertTrue(e.getMessage().contains("Check your internet connection"), e.getMessage());
    }

    @Test
    void anAddressThatIsNotOnTheWebIsRefused() {
        URI file = URI.create("file:///tmp/ml-latest-small.zip");

        DownloadException e = assertThrows(DownloadException.class,
                () -> downloader().download(file, DownloadMonitor.NONE));

        assertEquals(DownloadException.Kind.CONTENT, e.kind());
        assertTrue(e.getMessage().contains("not a web address"), e.getMessage());
    }

    private void awaitRelease() {
        try {
            releaseServer.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records each step's last (done, total) and cancels once {@code cancelWhen} says so. */
    private static final class RecordingMonitor implements DownloadMonitor {
        private final BiPredicate<DownloadStep, Long> cancelWhen;
        private final List<Object[]> calls = new CopyOnWriteArrayList<>();
        private volatile boolean cancelled;

        RecordingMonitor(BiPredicate<DownloadStep, Long> cancelWhen) {
            this.cancelWhen = cancelWhen;
        }

        @Override
        public void progress(DownloadStep step, long done, long total) {
            calls.add(new Object[] {step, done, total});
            cancelled |= cancelWhen.test(step, done);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        List<Long> last(DownloadStep step) {
            return calls.stream().filter(call -> call[0] == step).reduce((a, b) -> b)
                    .map(call -> Arrays.asList((Long) call[1], (Long) call[2])).orElse(List.of());
        }
    }
}
