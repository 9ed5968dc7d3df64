package io.github.movierecommender.posters;

import io.github.movierecommender.files.AtomicFile;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Posters kept on disk, one file per movie ({@code TMDBID.poster}), at most {@code maxBytes} in
 * all: adding one past the limit deletes those used least recently (last read or written, kept
 * as each file's modification time, so the order survives a restart). Each file is written
 * crash-safe ({@link AtomicFile}) and carries its length and checksum; a file that does not match
 * them, or is not a picture, is deleted and reads as missing, so the poster is fetched again.
 * Safe to use from several threads.
 */
public final class PosterCache {

    private static final String SUFFIX = ".poster";
    private static final Pattern NAME = Pattern.compile("\\d{1,10}\\" + SUFFIX);
    private static final int MAGIC = 0x4D52_5031;
    /** The magic number, the picture's length and its CRC-32. */
    private static final int HEADER = Integer.BYTES * 2 + Long.BYTES;

    private final Path folder;
    private final long maxBytes;
    /** Each file's length, least recently used first; null until the folder is first looked at. */
    private Map<String, Long> files;
    private long total;
    /** The last time of use given to a file, so that each is later than the one before. */
    private long lastUse;

    public PosterCache(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /** The poster of TMDB movie {@code tmdbId}, if it is kept and intact. */
    public Optional<byte[]> read(int tmdbId) {
        String name = name(tmdbId);
        synchronized (this) {
            index();
            if (!files.containsKey(name)) {
                return Optional.empty();
            }
        }
        Path file = folder.resolve(name);
        Optional<byte[]> picture = intact(file);
        synchronized (this) {
            if (picture.isEmpty()) {
                forget(name);
                deleteQuietly(file);
            } else if (files.containsKey(name)) {
                files.put(name, files.remove(name));
                markUsed(file);
            }
        }
        return picture;
    }

    /** Keeps {@code picture} as the poster of {@code tmdbId}, then makes room by deleting the least used. */
    public void write(int tmdbId, byte[] picture) throws IOException {
        if (HEADER + (long) picture.length > maxBytes) {
            return;
        }
        String name = name(tmdbId);
        Files.createDirectories(folder);
        CRC32 crc = new CRC32();
        crc.update(picture);
        AtomicFile.write(folder.resolve(name), out -> {
            DataOutputStream data = new DataOutputStream(out);
            data.writeInt(MAGIC);
            data.writeInt(picture.length);
            data.writeLong(crc.getValue());
            data.write(picture);
            data.flush();
        });
        synchronized (this) {
            index();
            forget(name);
            files.put(name, HEADER + (long) picture.length);
            total += HEADER + (long) picture.length;
            markUsed(folder.resolve(name));
            evict();
        }
    }

    /** Deletes the poster of {@code tmdbId}, if kept. */
    public synchronized void discard(int tmdbId) {
        index();
        String name = name(tmdbId);
        forget(name);
        deleteQuietly(folder.resolve(name));
    }

    /** The bytes the kept posters take. */
    public synchronized long size() {
        index();
        return total;
    }

    private static String name(int tmdbId) {
        return Integer.toUnsignedString(tmdbId) + SUFFIX;
    }

    private void forget(String name) {
        Long length = files.remove(name);
        if (length != null) {
            total -= length;
        }
    }

    private void evict() {
        Iterator<Map.Entry<String, Long>> oldestFirst = files.entrySet().iterator();
        while (total > maxBytes && oldestFirst.hasNext()) {
            Map.Entry<String, Long> oldest = oldestFirst.next();
            deleteQuietly(folder.resolve(oldest.getKey()));
            total -= oldest.getValue();
            oldestFirst.remove();
        }
    }

    /** Reads the folder once: the posters by last use, and away with what a crash left half-written. */
    private void index() {
        if (files != null) {
            return;
        }
        files = new LinkedHashMap<>();
        total = 0;
        record Kept(String name, long length, FileTime used) {
        }
        List<Kept> kept = new ArrayList<>();
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (AtomicFile.isTemporary(entry)) {
                        deleteQuietly(entry);
                    } else if (NAME.matcher(name).matches()) {
                        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                                LinkOption.NOFOLLOW_LINKS);
                        if (attributes.isRegularFile()) {
                            kept.add(new Kept(name, attributes.size(), attributes.lastModifiedTime()));
                        }
                    }
                }
            } catch (IOException e) {
                kept.clear();
            }
        }
        kept.sort(Comparator.comparing(Kept::used));
        for (Kept file : kept) {
            files.put(file.name(), file.length());
            total += file.length();
            lastUse = Math.max(lastUse, file.used().toMillis());
        }
        evict();
    }

    private Optional<byte[]> intact(Path file) {
        try {
            if (Files.size(file) > maxBytes || Files.size(file) < HEADER) {
                return Optional.empty();
            }
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
            if (bytes.getInt() != MAGIC) {
                return Optional.empty();
            }
            int length = bytes.getInt();
            long checksum = bytes.getLong();
            if (length != bytes.remaining()) {
                return Optional.empty();
            }
            byte[] picture = new byte[length];
            bytes.get(picture);
            CRC32 crc = new CRC32();
            crc.update(picture);
            return crc.getValue() == checksum && ImageBytes.isPicture(picture) ? Optional.of(picture)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Gives the file a time of use later than any before, even within the same millisecond. */
    private void markUsed(Path file) {
        lastUse = Math.max(lastUse + 1, System.currentTimeMillis());
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(lastUse));
        } catch (IOException e) {
            // The order of use is then only kept until the app stops.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A file that cannot be deleted is left; it is looked at again at the next start.
        }
    }
}
