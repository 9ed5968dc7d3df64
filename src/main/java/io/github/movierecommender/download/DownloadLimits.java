package io.github.movierecommender.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The most a download may take, so that no server or zip can fill the disk or the memory: bytes of
 * the checksum file and of the zip, entries and unpacked bytes of the release, and the free space
 * it must leave.
 */
record DownloadLimits(long checksumBytes, long zipBytes, int entries, long unpackedBytes, DiskSpace disk) {

    /** Free space on the disk that holds a folder. */
    interface DiskSpace {
        DiskSpace OF_FILE_STORE = folder -> Files.getFileStore(folder).getUsableSpace();

        long usableBytes(Path folder) throws IOException;
    }

    private static final long KIB = 1024;
    private static final long GIB = KIB * KIB * KIB;

    /**
     * Generous for every MovieLens release: the largest zip (ml-latest) is under 1 GB and unpacks
     * to under 2 GB in fewer than ten files.
     */
    static final DownloadLimits DEFAULT = new DownloadLimits(4 * KIB, 8 * GIB, 10_000, 32 * GIB,
            DiskSpace.OF_FILE_STORE);
}
