package io.github.movierecommender.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The most a download may take, so that no server or zip can fill the disk or the memory: bytes of
 * the checksum file, of the zip and of its table of contents (read into memory whole), entries and
 * unpacked bytes of the release, and where to ask how much disk space is free.
 */
record DownloadLimits(long checksumBytes, long zipBytes, long directoryBytes, int entries, long unpackedBytes,
        DiskSpace disk) {

    /** Free space on the disk that holds a folder. */
    interface DiskSpace {
        DiskSpace OF_FILE_STORE = folder -> Files.getFileStore(folder).getUsableSpace();

        long usableBytes(Path folder) throws IOException;
    }

    private static final long KIB = 1024;
    private static final long MIB = KIB * KIB;
    private static final long GIB = KIB * MIB;

    /**
     * Generous for every MovieLens release: the largest zip (ml-latest) is under 1 GB and unpacks
     * to under 2 GB in fewer than ten files.
     */
    static final DownloadLimits DEFAULT = new DownloadLimits(4 * KIB, 4 * GIB, 16 * MIB, 10_000, 16 * GIB,
            DiskSpace.OF_FILE_STORE);
}
