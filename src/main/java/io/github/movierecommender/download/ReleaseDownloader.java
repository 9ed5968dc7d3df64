package io.github.movierecommender.download;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Downloads a MovieLens release zip into the data folder, checks that it arrived whole and matches
 * the MD5 published beside it (the same address + ".md5"), and unpacks it there, ready for
 * {@code DatasetLoader.load}. On any failure or cancel nothing it wrote is left behind, and an
 * earlier copy of the release stays as it was.
 */
public final class ReleaseDownloader {

    public static final URI GROUPLENS = URI.create("https://files.grouplens.org/datasets/movielens/");
    public static final URI LATEST_SMALL = GROUPLENS.resolve("ml-latest-small.zip");
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);

    private final HttpTransfer transfer;
    private final Path dataFolder;

    public ReleaseDownloader(HttpClient client, Path dataFolder) {
        this(client, dataFolder, DEFAULT_IDLE_TIMEOUT);
    }

    /** {@code idleTimeout}: how long to wait for the server's answer, and then for each piece of the body. */
    public ReleaseDownloader(HttpClient client, Path dataFolder, Duration idleTimeout) {
        this.transfer = new HttpTransfer(client, idleTimeout);
        this.dataFolder = dataFolder;
    }

    /** Downloads and unpacks the zip at {@code zipUri}; returns the release folder, such as DATA/ml-latest-small. */
    public Path download(URI zipUri, DownloadMonitor monitor) throws DownloadException {
        requireWebAddress(zipUri);
        String zipName = fileName(zipUri);
        String published = publishedMd5(URI.create(zipUri + ".md5"), zipName, monitor);
        createDataFolder();
        Path zip = createTempZip(releaseName(zipName));
        try {
            String received = receive(zipUri, zip, monitor);
            if (!received.equals(published)) {
                throw new DownloadException("The file downloaded from " + zipUri + " is damaged: its MD5 is "
                        + received + ", but " + zipUri + ".md5 says " + published + ". Try the download again.");
            }
            return new ReleaseUnpacker(dataFolder, zipUri, monitor).unpack(zip, releaseName(zipName));
        } finally {
            ReleaseFolders.deleteQuietly(zip);
        }
    }

    private static void requireWebAddress(URI uri) throws DownloadException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new DownloadException("Cannot download " + uri + ": it is not a web address. "
                    + "Give an address starting with https://, such as " + LATEST_SMALL + ".");
        }
    }

    private String publishedMd5(URI md5Uri, String zipName, DownloadMonitor monitor) throws DownloadException {
        StringBuilder text = new StringBuilder();
        try {
            transfer.receive(md5Uri, bytes -> text.append(StandardCharsets.US_ASCII.decode(bytes)),
                    HttpTransfer.Progress.NONE, monitor);
        } catch (IOException e) {
            throw new IllegalStateException("appending to a StringBuilder does not fail", e);
        }
        return Md5Checksum.parse(text.toString(), zipName).orElseThrow(() -> new DownloadException(
                md5Uri + " holds no MD5 checksum (32 hexadecimal digits), so the download cannot be checked. "
                        + "Check that the address points to a MovieLens release zip."));
    }

    private void createDataFolder() throws DownloadException {
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new DownloadException("Cannot create the data folder " + dataFolder + ": "
                    + Reasons.of(e, dataFolder) + ". Check that you may write there, or choose another folder.", e);
        }
    }

    private Path createTempZip(String release) throws DownloadException {
        try {
            return Files.createTempFile(dataFolder, "." + release + "-", ".zip.part");
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    /** Writes the body to {@code zip} and returns its MD5 in lower-case hex. */
    private String receive(URI zipUri, Path zip, DownloadMonitor monitor) throws DownloadException {
        MessageDigest md5 = Md5Checksum.newDigest();
        try (FileChannel file = FileChannel.open(zip, StandardOpenOption.WRITE)) {
            transfer.receive(zipUri, bytes -> {
                md5.update(bytes.duplicate());
                while (bytes.hasRemaining()) {
                    file.write(bytes);
                }
            }, (received, total) -> monitor.progress(DownloadStep.DOWNLOADING, received, total), monitor);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    private DownloadException cannotWrite(IOException e) {
        return new DownloadException("Cannot save the download in " + dataFolder + ": "
                + Reasons.of(e, dataFolder) + ". Check that the disk has free space and that you may write there.", e);
    }

    /** The last part of the address's path, such as "ml-latest-small.zip". */
    private static String fileName(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? "download.zip" : name;
    }

    /** A safe folder name from the zip's name: "ml-latest-small.zip" gives "ml-latest-small". */
    private static String releaseName(String zipName) {
        String base = zipName.toLowerCase(Locale.ROOT).endsWith(".zip")
                ? zipName.substring(0, zipName.length() - 4) : zipName;
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.replace(".", "").isEmpty() ? "movielens" : safe;
    }
}
