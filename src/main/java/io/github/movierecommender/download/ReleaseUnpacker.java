package io.github.movierecommender.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks a downloaded release zip into the data folder. Everything is written to a staging folder
 * inside the data folder first and renamed into place once complete, so a failure or a cancel
 * never leaves half a release, and an earlier copy is replaced only by a complete one.
 */
final class ReleaseUnpacker {

    private static final int BUFFER_SIZE = 64 * 1024;

    /** An entry and where it goes, as folder names below the staging folder. */
    private record Placement(ZipEntry entry, List<String> parts) {
    }

    private final Path dataFolder;
    private final URI source;
    private final DownloadMonitor monitor;

    ReleaseUnpacker(Path dataFolder, URI source, DownloadMonitor monitor) {
        this.dataFolder = dataFolder;
        this.source = source;
        this.monitor = monitor;
    }

    /**
     * Unpacks {@code zipFile} and returns the release folder. A zip that holds one folder unpacks
     * to that folder; one with files at its root unpacks to a folder named {@code fallbackName}.
     */
    Path unpack(Path zipFile, String fallbackName) throws DownloadException {
        try (ZipFile zip = open(zipFile)) {
            List<Placement> placements = place(zip, fallbackName);
            String release = placements.get(0).parts().get(0);
            Path staging = Files.createTempDirectory(dataFolder, ".unpacking-");
            try {
                Path unpacked = Files.createDirectory(staging.resolve("new"));
                extract(zip, placements, unpacked);
                Path target = dataFolder.resolve(release);
                ReleaseFolders.install(unpacked.resolve(release), target, staging.resolve("old"));
                return target;
            } finally {
                ReleaseFolders.deleteQuietly(staging);
            }
        } catch (IOException e) {
            throw new DownloadException("Cannot unpack " + source + " into " + dataFolder + ": " + Reasons.of(e)
                    + ". Check that the disk has free space and that you may write there.", e);
        }
    }

    private ZipFile open(Path zipFile) throws DownloadException {
        try {
            return new ZipFile(zipFile.toFile());
        } catch (IOException e) {
            throw notAZip("it cannot be opened (" + Reasons.of(e) + ")", e);
        }
    }

    /** Every entry's place, all under one release folder; refuses any entry that would land outside. */
    private List<Placement> place(ZipFile zip, String fallbackName) throws DownloadException {
        List<Placement> placements = new ArrayList<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            Optional<List<String>> parts = EntryPath.parts(entry.getName());
            if (parts.isEmpty()) {
                throw new DownloadException("The zip downloaded from " + source + " holds the entry \""
                        + entry.getName() + "\", which would be written outside the data folder " + dataFolder
                        + "; nothing was unpacked. Download releases only from a source you trust.");
            }
            if (!parts.get().isEmpty()) {
                placements.add(new Placement(entry, parts.get()));
            }
        }
        if (placements.stream().allMatch(placement -> placement.entry().isDirectory())) {
            throw notAZip("it holds no files", null);
        }
        if (isOneFolder(placements)) {
            return placements;
        }
        return placements.stream().map(placement -> new Placement(placement.entry(), prefixed(fallbackName,
                placement.parts()))).toList();
    }

    private static boolean isOneFolder(List<Placement> placements) {
        String top = placements.get(0).parts().get(0);
        return placements.stream().allMatch(placement -> placement.parts().get(0).equals(top)
                && (placement.parts().size() > 1 || placement.entry().isDirectory()));
    }

    private static List<String> prefixed(String folder, List<String> parts) {
        List<String> prefixed = new ArrayList<>(parts.size() + 1);
        prefixed.add(folder);
        prefixed.addAll(parts);
        return prefixed;
    }

    private void extract(ZipFile zip, List<Placement> placements, Path unpacked)
            throws DownloadException, IOException {
        long total = placements.stream().mapToLong(placement -> Math.max(0, placement.entry().getSize())).sum();
        long written = 0;
        monitor.progress(DownloadStep.UNPACKING, written, total);
        byte[] buffer = new byte[BUFFER_SIZE];
        for (Placement placement : placements) {
            DownloadCancelledException.checkCancelled(monitor);
            Path target = resolve(unpacked, placement);
            if (placement.entry().isDirectory()) {
                Files.createDirectories(target);
                continue;
            }
            Files.createDirectories(target.getParent());
            CRC32 crc = new CRC32();
            try (InputStream in = read(zip, placement.entry()); OutputStream out = Files.newOutputStream(target)) {
                int n;
                while ((n = read(in, buffer, placement.entry())) >= 0) {
                    DownloadCancelledException.checkCancelled(monitor);
                    crc.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    written += n;
                    monitor.progress(DownloadStep.UNPACKING, written, total);
                }
            }
            if (placement.entry().getCrc() != -1 && crc.getValue() != placement.entry().getCrc()) {
                throw damaged(placement.entry(), "its checksum does not match", null);
            }
        }
    }

    /** Belt and braces after {@link EntryPath}: the resolved path must stay below the staging folder. */
    private Path resolve(Path unpacked, Placement placement) throws DownloadException {
        try {
            Path target = unpacked.resolve(String.join("/", placement.parts())).normalize();
            if (target.startsWith(unpacked) && !target.equals(unpacked)) {
                return target;
            }
        } catch (InvalidPathException e) {
            throw damaged(placement.entry(), "its name is not a valid file name here", e);
        }
        throw damaged(placement.entry(), "its name leads outside the release folder", null);
    }

    private InputStream read(ZipFile zip, ZipEntry entry) throws DownloadException {
        try {
            return zip.getInputStream(entry);
        } catch (IOException e) {
            throw damaged(entry, Reasons.of(e), e);
        }
    }

    private int read(InputStream in, byte[] buffer, ZipEntry entry) throws DownloadException {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw damaged(entry, Reasons.of(e), e);
        }
    }

    private DownloadException damaged(ZipEntry entry, String reason, Throwable cause) {
        return notAZip("its entry " + entry.getName() + " cannot be read (" + reason + ")", cause);
    }

    private DownloadException notAZip(String problem, Throwable cause) {
        return new DownloadException("The file downloaded from " + source + " is not a valid zip: " + problem
                + "; nothing was unpacked. Check that the address points to a MovieLens release zip.", cause);
    }
}
