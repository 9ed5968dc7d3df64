package io.github.movierecommender.download;

import io.github.movierecommender.download.DownloadException.Kind;
import io.github.movierecommender.files.OwnedFolders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks a downloaded release zip into a folder of its own in the datasets folder. Everything is
 * written to a staging folder beside it first and renamed into place once complete, so a failure
 * or a cancel never leaves half a release, and an earlier copy is replaced only by a complete one,
 * and only when the app installed it. Every entry is checked against the size it declares while it
 * is written, and the release against the {@link DownloadLimits} and the free space, so that no zip
 * can fill the disk.
 */
final class ReleaseUnpacker {

    private static final int BUFFER_SIZE = 64 * 1024;

    /** An entry and where it goes, as folder names below the staging folder. */
    private record Placement(ZipEntry entry, List<String> parts) {
    }

    private final Path datasets;
    private final URI source;
    private final DownloadLimits limits;
    private final DownloadMonitor monitor;

    ReleaseUnpacker(Path datasets, URI source, DownloadLimits limits, DownloadMonitor monitor) {
        this.datasets = datasets;
        this.source = source;
        this.limits = limits;
        this.monitor = monitor;
    }

    /**
     * Unpacks {@code zipFile} into the new folder {@code staging} and moves the release from there
     * into place; returns the release folder. A zip that holds one folder unpacks to that folder;
     * one with files at its root unpacks to a folder named {@code fallbackName}.
     */
    Path unpack(Path zipFile, Path staging, String fallbackName) throws DownloadException {
        try (ZipFile zip = open(zipFile)) {
            List<Placement> placements = place(zip);
            boolean oneFolder = isOneFolder(placements);
            String release = oneFolder ? placements.get(0).parts().get(0) : fallbackName;
            requireValidName(release, !oneFolder);
            if (!oneFolder) {
                placements = placements.stream().map(placement -> new Placement(placement.entry(),
                        prefixed(release, placement.parts()))).toList();
            }
            Path target = datasets.resolve(release);
            requireFreeOrInstalledByApp(target);
            long total = declaredTotal(placements);
            Files.createDirectory(staging);
            try {
                Path unpacked = Files.createDirectory(staging.resolve("new"));
                extract(zip, placements, unpacked, total);
                OwnedFolders.mark(unpacked.resolve(release), "from " + source, "when the release is downloaded again");
                requireFreeOrInstalledByApp(target);
                OwnedFolders.install(unpacked.resolve(release), target, staging.resolve("old"));
                return target;
            } finally {
                OwnedFolders.deleteQuietly(staging);
            }
        } catch (IOException e) {
            throw new DownloadException(Kind.DATA_FOLDER,
                    "Cannot unpack " + source + " into " + datasets + ": " + Reasons.of(e)
                    + ". Check that the disk has free space and that you may write there.", e);
        }
    }

    /** Opens the zip once its table of contents is known to fit the limit, as ZipFile reads it whole. */
    private ZipFile open(Path zipFile) throws DownloadException {
        try {
            OptionalLong directory = ZipDirectory.size(zipFile);
            if (directory.isEmpty()) {
                throw notAZip("it has no table of contents (central directory) at its end", null);
            }
            if (directory.getAsLong() > limits.directoryBytes()) {
                throw refused("its table of contents (central directory) is " + Reasons.bytes(directory.getAsLong())
                        + ", more than the " + Reasons.bytes(limits.directoryBytes()) + " this app accepts");
            }
            return new ZipFile(zipFile.toFile());
        } catch (IOException e) {
            throw notAZip("it cannot be opened (" + Reasons.of(e) + ")", e);
        }
    }

    /** Every entry's place as named in the zip; refuses any entry that would land outside. */
    private List<Placement> place(ZipFile zip) throws DownloadException {
        List<Placement> placements = new ArrayList<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            Optional<List<String>> parts = EntryPath.parts(entry.getName());
            if (parts.isEmpty()) {
                throw new DownloadException(Kind.CONTENT, "The zip downloaded from " + source + " holds the entry \""
                        + entry.getName() + "\", which would be written outside the data folder "
                        + datasets.getParent() + "; nothing was unpacked. Download releases only from a source "
                        + "you trust.");
            }
            if (!parts.get().isEmpty()) {
                if (placements.size() == limits.entries()) {
                    throw refused("it holds more than " + limits.entries() + " entries");
                }
                placements.add(new Placement(entry, parts.get()));
            }
        }
        if (placements.stream().allMatch(placement -> placement.entry().isDirectory())) {
            throw notAZip("it holds no files", null);
        }
        return placements;
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

    private void requireValidName(String release, boolean fromAddress) throws DownloadException {
        Optional<String> problem = ReleaseName.problem(release);
        if (problem.isPresent()) {
            String origin = fromAddress ? "The address " + source + " names the release"
                    : "The zip downloaded from " + source + " holds its release in a folder named";
            throw new DownloadException(Kind.CONTENT,
                    origin + " \"" + release + "\", which cannot be a release folder: "
                    + problem.get() + "; nothing was unpacked. (" + capitalised(ReleaseName.RULE)
                    + ", like ml-latest-small.)");
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void requireFreeOrInstalledByApp(Path target) throws DownloadException {
        if (!OwnedFolders.isFreeOrMadeByApp(target)) {
            throw new DownloadException(Kind.DATA_FOLDER,
                    "Cannot unpack " + source + " into " + target + ": something is already "
                    + "there that this app did not install (it has no " + OwnedFolders.MARKER + " file), so it "
                    + "was left as it is and nothing was unpacked. Move or rename it, then download again.");
        }
    }

    /** The sizes the entries declare, refused when over the limit or the disk's free space. */
    private long declaredTotal(List<Placement> placements) throws DownloadException, IOException {
        long total = 0;
        for (Placement placement : placements) {
            long size = placement.entry().getSize();
            if (size < 0 && !placement.entry().isDirectory()) {
                throw damaged(placement.entry(), "it does not declare its size", null);
            }
            total += Math.max(0, size);
            if (total > limits.unpackedBytes()) {
                throw refused("it would unpack to more than " + Reasons.bytes(limits.unpackedBytes())
                        + ", the most this app accepts for a release");
            }
        }
        long free = limits.disk().usableBytes(datasets);
        if (total > free) {
            throw new DownloadException(Kind.DATA_FOLDER,
                    "Cannot unpack " + source + ": it unpacks to " + Reasons.bytes(total)
                    + " and the disk that holds " + datasets + " has only " + Reasons.bytes(free)
                    + " free; nothing was unpacked. Free some space, or choose another data folder.");
        }
        return total;
    }

    private void extract(ZipFile zip, List<Placement> placements, Path unpacked, long total)
            throws DownloadException, IOException {
        long written = 0;
        monitor.progress(DownloadStep.UNPACKING, written, total);
        byte[] buffer = new byte[BUFFER_SIZE];
        for (Placement placement : placements) {
            DownloadCancelledException.checkCancelled(monitor);
            ZipEntry entry = placement.entry();
            Path target = resolve(unpacked, placement);
            if (entry.isDirectory()) {
                Files.createDirectories(target);
                continue;
            }
            Files.createDirectories(target.getParent());
            CRC32 crc = new CRC32();
            long entryBytes = 0;
            try (InputStream in = read(zip, entry); OutputStream out = Files.newOutputStream(target)) {
                int n;
                while ((n = read(in, buffer, entry)) >= 0) {
                    DownloadCancelledException.checkCancelled(monitor);
                    entryBytes += n;
                    if (entryBytes > entry.getSize()) {
                        throw damaged(entry, "it holds more than the " + Reasons.bytes(entry.getSize())
                                + " it declares", null);
                    }
                    crc.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    written += n;
                    monitor.progress(DownloadStep.UNPACKING, written, total);
                }
            }
            if (entryBytes != entry.getSize()) {
                throw damaged(entry, "it holds " + Reasons.bytes(entryBytes) + " but declares "
                        + Reasons.bytes(entry.getSize()), null);
            }
            if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                throw damaged(entry, "its checksum does not match", null);
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
        return new DownloadException(Kind.CONTENT,
                "The file downloaded from " + source + " is not a valid zip: " + problem
                + "; nothing was unpacked. Check that the address points to a MovieLens release zip.", cause);
    }

    private DownloadException refused(String problem) {
        return new DownloadException(Kind.CONTENT, "The zip downloaded from " + source + " was refused: " + problem
                + "; nothing was unpacked. Check that the address points to a MovieLens release zip.");
    }
}
