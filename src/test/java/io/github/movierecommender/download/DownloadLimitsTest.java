package io.github.movierecommender.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No server and no zip can make a download take more memory or disk than its limits allow. */
class DownloadLimitsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final String ZIP_PATH = "/d/ml-latest-small.zip";
    private static final long PLENTY = Long.MAX_VALUE;

    @TempDir
    Path tmp;

    @AutoClose
    private final LocalServer server = new LocalServer();
    private final HttpClient client = HttpClient.newHttpClient();
    private Path data;

    @BeforeEach
    void dataFolder() {
        data = tmp.resolve("data");
    }

    private URI publish(byte[] zip) {
        return server.publish(ZIP_PATH, zip);
    }

    private DownloadException downloadFails(URI uri, DownloadLimits limits, DownloadMonitor monitor) {
        ReleaseDownloader downloader = new ReleaseDownloader(client, data, Duration.ofSeconds(10), limits);
        return assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(DownloadException.class, () -> downloader.download(uri, monitor)));
    }

    private static DownloadLimits limits(long zipBytes, int entries, long unpackedBytes, long freeBytes) {
        return new DownloadLimits(4096, zipBytes, 1 << 20, entries, unpackedBytes, folder -> freeBytes);
    }

    @Test
    void anEndlessChecksumFileIsCutOffAfterFourKilobytes() throws Exception {
        URI md5 = server.serveEndlessly(ZIP_PATH + ".md5");
        server.serve(ZIP_PATH, ReleaseZips.release("ml-latest-small"));

        DownloadException e = downloadFails(server.uri(ZIP_PATH), DownloadLimits.DEFAULT, DownloadMonitor.NONE);

        assertEquals(DownloadException.Kind.CONTENT, e.kind());
        assertEquals("Downloading " + md5 + " stopped: the server sent more than the 4,096 bytes this app accepts "
                + "for a checksum file, so nothing was kept. Check that the address points to a MovieLens release zip.",
                e.getMessage());
        assertEquals(List.of(), DownloadSite.contents(data));
    }

    @Test
    void aChecksumFileAnnouncedAsLargeIsNotRead() throws Exception {
        URI md5 = server.serve(ZIP_PATH + ".md5", new byte[5000]);
        server.serve(ZIP_PATH, ReleaseZips.release("ml-latest-small"));

        DownloadException e = downloadFails(server.uri(ZIP_PATH), DownloadLimits.DEFAULT, DownloadMonitor.NONE);

        assertTrue(e.getMessage().startsWith("Downloading " + md5 + " stopped: the server announces 5,000 bytes, "
                + "more than the 4,096 bytes this app accepts for a checksum file"), e.getMessage());
    }

    @Test
    void anEndlessZipStopsAtTheLimitAndLeavesNoFiles() throws Exception {
        server.serve(ZIP_PATH + ".md5", "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        URI uri = server.serveEndlessly(ZIP_PATH);

        DownloadException e = downloadFails(uri, limits(1024 * 1024, 100, PLENTY, PLENTY), DownloadMonitor.NONE);

        assertEquals(DownloadException.Kind.CONTENT, e.kind());
        assertTrue(e.getMessage().startsWith("Downloading " + uri + " stopped: the server sent more than the "
                + "1,048,576 bytes this app accepts for a release zip"), e.getMessage());
        assertEquals(List.of(), DownloadSite.leftovers(data));
    }

    @Test
    void aZipLargerThanTheFreeSpaceIsNotDownloaded() throws Exception {
        byte[] zip = ReleaseZips.release("ml-latest-small");
        URI uri = publish(zip);
        AtomicLong downloaded = new AtomicLong();
        DownloadMonitor counting = new DownloadMonitor() {
            @Override
            public void progress(DownloadStep step, long done, long total) {
                downloaded.set(done);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        DownloadException e = downloadFails(uri, limits(PLENTY, 100, PLENTY, 100), counting);

        assertEquals(DownloadException.Kind.DATA_FOLDER, e.kind());
        assertEquals("Cannot download " + uri + ": it is " + Reasons.bytes(zip.length) + " and the disk that holds "
                + data.resolve("datasets") + " has only 100 bytes free. Free some space, or choose another data "
                + "folder.", e.getMessage());
        assertEquals(0, downloaded.get());
        assertEquals(List.of(), DownloadSite.leftovers(data));
    }

    @Test
    void aZipBombThatUnderstatesAnEntrysSizeStopsWhenTheEntryOutgrowsIt() throws Exception {
        String entry = "ml-latest-small/ratings.csv";
        byte[] bomb = ReleaseZips.declaringSize(ReleaseZips.releaseWithZeros("ml-latest-small", 64 << 20), entry, 1000);
        URI uri = publish(bomb);
        AtomicLong mostUnpacked = new AtomicLong();
        DownloadMonitor watching = new DownloadMonitor() {
            @Override
            public void progress(DownloadStep step, long done, long total) {
                if (step == DownloadStep.UNPACKING) {
                    mostUnpacked.accumulateAndGet(done, Math::max);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        DownloadException e = downloadFails(uri, DownloadLimits.DEFAULT, watching);

        assertEquals(DownloadException.Kind.CONTENT, e.kind());
        assertTrue(bomb.length < 1 << 20, "64 MB of zeros compress to " + bomb.length + " bytes");
        assertEquals("The file downloaded from " + uri + " is not a valid zip: its entry " + entry + " cannot be read "
                + "(it holds more than the 1,000 bytes it declares); nothing was unpacked. Check that the address "
                + "points to a MovieLens release zip.", e.getMessage());
        assertTrue(mostUnpacked.get() <= ReleaseZips.MOVIES.length() + 1000, "unpacked " + mostUnpacked.get());
        assertEquals(List.of(), DownloadSite.leftovers(data));
    }

    @Test
    void aZipThatWouldUnpackToMoreThanTheLimitIsNotUnpacked() throws Exception {
        URI uri = publish(ReleaseZips.releaseWithZeros("ml-latest-small", 8 << 20));

        DownloadException e = downloadFails(uri, limits(PLENTY, 100, 1 << 20, PLENTY), DownloadMonitor.NONE);

        assertEquals("The zip downloaded from " + uri + " was refused: it would unpack to more than 1,048,576 bytes, "
                + "the most this app accepts for a release; nothing was unpacked. Check that the address points to a "
                + "MovieLens release zip.", e.getMessage());
        assertEquals(List.of(), DownloadSite.leftovers(data));
    }

    @Test
    void aZipThatWouldNotFitOnTheDiskIsNotUnpacked() throws Exception {
        int zeros = 1 << 20;
        byte[] zip = ReleaseZips.releaseWithZeros("ml-latest-small", zeros);
        URI uri = publish(zip);

        DownloadException e = downloadFails(uri, limits(PLENTY, 100, PLENTY, zeros), DownloadMonitor.NONE);

        assertEquals(DownloadException.Kind.DATA_FOLDER, e.kind());
        assertEquals("Cannot unpack " + uri + ": it unpacks to " + Reasons.bytes(zeros + ReleaseZips.MOVIES.length())
                + " and the disk that holds " + data.resolve("datasets") + " has only " + Reasons.bytes(zeros)
                + " free; nothing was unpacked. Free some space, or choose another data folder.", e.getMessage());
        assertEquals(List.of(), DownloadSite.leftovers(data));
    }

    @Test
    void aZipWhoseTableOfContentsIsLargerThanTheLimitIsNotOpened() throws Exception {
        byte[] zip = ReleaseZips.releaseWithFiles("ml-latest-small", 20);
        URI uri = publish(zip);
        DownloadLimits smallDirectory = new DownloadLimits(4096, PLENTY, 1000, 100, PLENTY, folder -> PLENTY);

        DownloadException e = downloadFails(uri, smallDirectory, DownloadMonitor.NONE);

        assertTrue(e.getMessage().startsWith("The zip downloaded from " + uri + " was refused: its table of contents "
                + "(central directory) is "), e.getMessage());
        assertTrue(e.getMessage().contains("more than the 1,000 bytes this app accepts; nothing was unpacked."),
                e.getMessage());
        assertEquals(List.of(), DownloadSite.leftovers(data));
    }

    @Test
    void aZipWithTooManyEntriesIsNotUnpacked() throws Exception {
        URI uri = publish(ReleaseZips.releaseWithFiles("ml-latest-small", 6));

        DownloadException e = downloadFails(uri, limits(PLENTY, 5, PLENTY, PLENTY), DownloadMonitor.NONE);

        assertEquals(DownloadException.Kind.CONTENT, e.kind());
        assertTrue(e.getMessage().startsWith("The zip downloaded from " + uri + " was refused: it holds more than 5 "
                + "entries; nothing was unpacked."), e.getMessage());
        assertEquals(List.of(), DownloadSite.leftovers(data));
    }
}
