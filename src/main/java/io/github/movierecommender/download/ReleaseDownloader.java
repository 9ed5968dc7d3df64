package io.github.movierecommender.download;

import io.github.movierecommender.problem.Problem;
import io.github.movierecommender.download.DownloadException.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Downloads a MovieLens release zip, checks that it arrived whole and matches the MD5 published
 * beside it (the same address + ".md5"), and unpacks it into a folder of its own in the data
 * folder's {@value #DATASETS} folder, ready for {@code DatasetLoader.load}. On any failure or
 * cancel nothing it wrote is left behind, and what a download that was killed left is cleared by
 * the next one ({@link DownloadTemporaries}); it replaces only a release folder it installed
 * itself, and only with a complete one.
 */
public final class ReleaseDownloader {

    public static final URI GROUPLENS = URI.create("https://files.grouplens.org/datasets/movielens/");
    public static final URI LATEST_SMALL = GROUPLENS.resolve("ml-latest-small.zip");
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** The folder in the data folder that holds the downloaded releases, one folder each. */
    public static final String DATASETS = "datasets";

    private final HttpTransfer transfer;
    private final Path datasets;
    private final DownloadLimits limits;

    public ReleaseDownloader(HttpClient client, Path dataFolder) {
        this(client, dataFolder, DEFAULT_IDLE_TIMEOUT);
    }

    /**
     * Makes its client with {@code clients} only when it first downloads: an HTTP client takes a
     * noticeable part of the app's start, and most starts download nothing.
     */
    public ReleaseDownloader(Supplier<HttpClient> clients, Path dataFolder) {
        this(clients, dataFolder, DEFAULT_IDLE_TIMEOUT, DownloadLimits.DEFAULT);
    }

    /** {@code idleTimeout}: how long to wait for the server's answer, and then for each piece of the body. */
    public ReleaseDownloader(HttpClient client, Path dataFolder, Duration idleTimeout) {
        this(client, dataFolder, idleTimeout, DownloadLimits.DEFAULT);
    }

    ReleaseDownloader(HttpClient client, Path dataFolder, Duration idleTimeout, DownloadLimits limits) {
        this(() -> client, dataFolder, idleTimeout, limits);
    }

    private ReleaseDownloader(Supplier<HttpClient> clients, Path dataFolder, Duration idleTimeout,
                              DownloadLimits limits) {
        this.transfer = new HttpTransfer(clients, idleTimeout);
        this.datasets = datasetsFolder(dataFolder);
        this.limits = limits;
    }

    /** Where releases downloaded into {@code dataFolder} go: DATA/{@value #DATASETS}. */
    public static Path datasetsFolder(Path dataFolder) {
        return dataFolder.resolve(DATASETS);
    }

    /**
     * Downloads and unpacks the zip at {@code zipUri}; returns the release folder, such as
     * DATA/datasets/ml-latest-small.
     */
    public Path download(URI zipUri, DownloadMonitor monitor) throws DownloadException {
        requireWebAddress(zipUri);
        String zipName = fileName(zipUri);
        URI checksum = checksumAddress(zipUri);
        String published = publishedMd5(checksum, zipName, monitor);
        createDatasetsFolder();
        DownloadTemporaries.clearStale(datasets);
        try (DownloadTemporaries temporaries = claimTemporaries()) {
            Path zip = createTempZip(temporaries);
            String received = receive(zipUri, zip, monitor);
            if (!received.equals(published)) {
                throw new DownloadException(Kind.CONTENT,
                        Problem.of(DownloadProblem.CHECKSUM_MISMATCH, zipUri, received, checksum, published));
            }
            return new ReleaseUnpacker(datasets, zipUri, limits, monitor)
                    .unpack(zip, temporaries.unpacking(), withoutZipSuffix(zipName));
        }
    }

    private static void requireWebAddress(URI uri) throws DownloadException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new DownloadException(Kind.CONTENT, Problem.of(DownloadProblem.NOT_A_WEB_ADDRESS, uri, LATEST_SMALL));
        }
    }

    /** The zip's address with ".md5" after its path; a query stays, a fragment goes (it is never sent). */
    private static URI checksumAddress(URI zipUri) {
        String query = zipUri.getRawQuery() == null ? "" : "?" + zipUri.getRawQuery();
        return URI.create(zipUri.getScheme() + "://" + zipUri.getRawAuthority() + zipUri.getRawPath() + ".md5" + query);
    }

    /** The checksum, read into memory up to the limit for checksum files. */
    private String publishedMd5(URI md5Uri, String zipName, DownloadMonitor monitor) throws DownloadException {
        StringBuilder text = new StringBuilder();
        try {
            transfer.receive(md5Uri, new HttpTransfer.Limit(limits.checksumBytes(), DownloadProblem.CHECKSUM_FILE),
                    bytes -> text.append(StandardCharsets.US_ASCII.decode(bytes)), HttpTransfer.Progress.NONE, monitor);
        } catch (IOException e) {
            throw new IllegalStateException("appending to a StringBuilder does not fail", e);
        }
        return Md5Checksum.parse(text.toString(), zipName).orElseThrow(() -> new DownloadException(Kind.CONTENT,
                Problem.of(DownloadProblem.NO_CHECKSUM, md5Uri)));
    }

    private void createDatasetsFolder() throws DownloadException {
        try {
            Files.createDirectories(datasets);
        } catch (IOException e) {
            throw new DownloadException(Kind.DATA_FOLDER,
                    Problem.of(DownloadProblem.CANNOT_CREATE_FOLDER, datasets, Reasons.of(e, datasets)), e);
        }
    }

    private DownloadTemporaries claimTemporaries() throws DownloadException {
        try {
            return DownloadTemporaries.claim(datasets);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    private Path createTempZip(DownloadTemporaries temporaries) throws DownloadException {
        try {
            return Files.createFile(temporaries.zip());
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    /** Writes the body to {@code zip} and returns its MD5 in lower-case hex. */
    private String receive(URI zipUri, Path zip, DownloadMonitor monitor) throws DownloadException {
        MessageDigest md5 = Md5Checksum.newDigest();
        HttpTransfer.Limit limit = new HttpTransfer.Limit(limits.zipBytes(), DownloadProblem.RELEASE_ZIP);
        try (FileChannel file = FileChannel.open(zip, StandardOpenOption.WRITE)) {
            transfer.receive(zipUri, limit, new HttpTransfer.Sink() {
                @Override
                public void begin(long total) throws DownloadException {
                    requireSpaceFor(zipUri, total);
                }

                @Override
                public void write(ByteBuffer bytes) throws IOException {
                    md5.update(bytes.duplicate());
                    while (bytes.hasRemaining()) {
                        file.write(bytes);
                    }
                }
            }, (received, total) -> monitor.progress(DownloadStep.DOWNLOADING, received, total), monitor);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    /** Refuses a zip that would not fit on the disk before a byte of it is written. */
    private void requireSpaceFor(URI zipUri, long total) throws DownloadException {
        if (total == DownloadMonitor.UNKNOWN_TOTAL) {
            return;
        }
        long free;
        try {
            free = limits.disk().usableBytes(datasets);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        if (total > free) {
            throw new DownloadException(Kind.DATA_FOLDER,
                    Problem.of(DownloadProblem.NO_SPACE_FOR_ZIP, zipUri, total, datasets, free));
        }
    }

    private DownloadException cannotWrite(IOException e) {
        return new DownloadException(Kind.DATA_FOLDER,
                Problem.of(DownloadProblem.CANNOT_SAVE, datasets, Reasons.of(e, datasets)), e);
    }

    /** The last part of the address's path, such as "ml-latest-small.zip". */
    private static String fileName(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? "download.zip" : name;
    }

    /** "ml-latest-small.zip" gives "ml-latest-small". */
    private static String withoutZipSuffix(String zipName) {
        return zipName.toLowerCase(Locale.ROOT).endsWith(".zip") ? zipName.substring(0, zipName.length() - 4) : zipName;
    }
}
