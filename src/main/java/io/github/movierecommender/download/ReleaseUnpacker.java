package io.github.movierecommender.download;

import io.github.movierecommender.problem.Problem;
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
                    Problem.of(DownloadProblem.CANNOT_UNPACK, source, datasets, Reasons.of(e)), e);
        }
    }

    /** Opens the zip once its table of contents is known to fit the limit, as ZipFile reads it whole. */
    private ZipFile open(Path zipFile) throws DownloadException {
        try {
            OptionalLong directory = ZipDirectory.size(zipFile);
            if (directory.isEmpty()) {
                throw notAZip(Problem.of(DownloadProblem.NO_TABLE_OF_CONTENTS), null);
            }
            if (directory.getAsLong() > limits.directoryBytes()) {
                throw refused(Problem.of(DownloadProblem.TABLE_OF_CONTENTS_TOO_LARGE, directory.getAsLong(),
                        limits.directoryBytes()));
            }
            return new ZipFile(zipFile.toFile());
        } catch (IOException e) {
            throw notAZip(Problem.of(DownloadProblem.CANNOT_OPEN, Reasons.of(e)), e);
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
                throw new DownloadException(Kind.CONTENT,
                        Problem.of(DownloadProblem.ENTRY_OUTSIDE, source, entry.getName(), datasets.getParent()));
            }
            if (!parts.get().isEmpty()) {
                if (placements.size() == limits.entries()) {
                    throw refused(Problem.of(DownloadProblem.TOO_MANY_ENTRIES, limits.entries()));
                }
                placements.add(new Placement(entry, parts.get()));
            }
        }
        if (placements.stream().allMatch(placement -> placement.entry().isDirectory())) {
            throw notAZip(Problem.of(DownloadProblem.NO_FILES), null);
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
        Optional<Problem> problem = ReleaseName.problem(release);
        if (problem.isPresent()) {
            DownloadProblem kind = fromAddress
                    ? DownloadProblem.ADDRESS_NAMES_BAD_RELEASE : DownloadProblem.ZIP_NAMES_BAD_RELEASE;
            throw new DownloadException(Kind.CONTENT,
                    Problem.of(kind, source, release, problem.get(), ReleaseName.MAX_LENGTH));
        }
    }

    private void requireFreeOrInstalledByApp(Path target) throws DownloadException {
        if (!OwnedFolders.isFreeOrMadeByApp(target)) {
            throw new DownloadException(Kind.DATA_FOLDER,
                    Problem.of(DownloadProblem.NOT_INSTALLED_BY_APP, source, target, OwnedFolders.MARKER));
        }
    }

    /** The sizes the entries declare, refused when over the limit or the disk's free space. */
    private long declaredTotal(List<Placement> placements) throws DownloadException, IOException {
        long total = 0;
        for (Placement placement : placements) {
            long size = placement.entry().getSize();
            if (size < 0 && !placement.entry().isDirectory()) {
                throw damaged(placement.entry(), Problem.of(DownloadProblem.NO_DECLARED_SIZE), null);
            }
            total += Math.max(0, size);
            if (total > limits.unpackedBytes()) {
                throw refused(Problem.of(DownloadProblem.UNPACKS_TOO_LARGE, limits.unpackedBytes()));
            }
        }
        long free = limits.disk().usableBytes(datasets);
        if (total > free) {
            throw new DownloadException(Kind.DATA_FOLDER,
                    Problem.of(DownloadProblem.NO_SPACE_TO_UNPACK, source, total, datasets, free));
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
                        throw damaged(entry, Problem.of(DownloadProblem.MORE_THAN_DECLARED, entry.getSize()), null);
                    }
                    crc.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    written += n;
                    monitor.progress(DownloadStep.UNPACKING, written, total);
                }
            }
            if (entryBytes != entry.getSize()) {
                throw damaged(entry,
                        Problem.of(DownloadProblem.OTHER_SIZE_THAN_DECLARED, entryBytes, entry.getSize()), null);
            }
            if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                throw damaged(entry, Problem.of(DownloadProblem.ENTRY_CHECKSUM_MISMATCH), null);
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
            throw damaged(placement.entry(), Problem.of(DownloadProblem.INVALID_FILE_NAME), e);
        }
        throw damaged(placement.entry(), Problem.of(DownloadProblem.NAME_LEADS_OUTSIDE), null);
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

    private DownloadException damaged(ZipEntry entry, Problem reason, Throwable cause) {
        return notAZip(Problem.of(DownloadProblem.ENTRY_UNREADABLE, entry.getName(), reason), cause);
    }

    private DownloadException notAZip(Problem problem, Throwable cause) {
        return new DownloadException(Kind.CONTENT, Problem.of(DownloadProblem.NOT_A_ZIP, source, problem), cause);
    }

    private DownloadException refused(Problem problem) {
        return new DownloadException(Kind.CONTENT, Problem.of(DownloadProblem.ZIP_REFUSED, source, problem));
    }
}
