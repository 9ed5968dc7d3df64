package io.github.movierecommender.download;

import io.github.movierecommender.files.FileChannels;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * Reads how large a zip's central directory (its table of contents) says it is, from the records
 * at the end of the file, without reading the directory itself: {@link java.util.zip.ZipFile}
 * reads the whole directory into memory, so its size is checked first.
 */
final class ZipDirectory {

    private static final int END = 0x06054b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_LOCATOR_SIZE = 20;
    private static final int ZIP64_END = 0x06064b50;
    private static final int ZIP64_END_SIZE = 56;
    private static final long ZIP64_MARK = 0xFFFFFFFFL;

    private ZipDirectory() {
    }

    /**
     * The central directory's size in bytes, or empty when the file has no end record of a zip.
     * Every record near the end that looks like an end record counts, and the largest size wins:
     * ZipFile may accept one whose comment length does not match (a zip with bytes appended), so
     * none is passed over.
     */
    static OptionalLong size(Path zip) throws IOException {
        try (FileChannel file = FileChannel.open(zip, StandardOpenOption.READ)) {
            long length = file.size();
            int tailLength = (int) Math.min(length, END_SIZE + MAX_COMMENT);
            long tailStart = length - tailLength;
            ByteBuffer tail = read(file, tailStart, tailLength);
            OptionalLong largest = OptionalLong.empty();
            for (int at = tailLength - END_SIZE; at >= 0; at--) {
                if (tail.getInt(at) == END) {
                    long size = Integer.toUnsignedLong(tail.getInt(at + 12));
                    OptionalLong found = size == ZIP64_MARK ? zip64Size(file, tailStart + at) : OptionalLong.of(size);
                    if (found.isPresent() && found.getAsLong() > largest.orElse(-1)) {
                        largest = found;
                    }
                }
            }
            return largest;
        }
    }

    /** The size in the zip64 end record, found through the locator just before the end record at {@code end}. */
    private static OptionalLong zip64Size(FileChannel file, long end) throws IOException {
        if (end < ZIP64_LOCATOR_SIZE) {
            return OptionalLong.empty();
        }
        ByteBuffer locator = read(file, end - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIZE);
        long zip64End = locator.getLong(8);
        if (locator.getInt(0) != ZIP64_LOCATOR || zip64End < 0 || zip64End > end - ZIP64_END_SIZE) {
            return OptionalLong.empty();
        }
        ByteBuffer record = read(file, zip64End, ZIP64_END_SIZE);
        long size = record.getLong(40);
        return record.getInt(0) == ZIP64_END && size >= 0 ? OptionalLong.of(size) : OptionalLong.empty();
    }

    private static ByteBuffer read(FileChannel file, long position, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(count).order(ByteOrder.LITTLE_ENDIAN);
        if (!FileChannels.readFully(file, buffer, position)) {
            throw new EOFException("the file ended early");
        }
        return buffer;
    }
}
