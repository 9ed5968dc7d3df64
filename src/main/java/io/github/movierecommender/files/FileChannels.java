package io.github.movierecommender.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Reads at a position of a file, which a single {@link FileChannel#read(ByteBuffer, long)} may do only in part. */
public final class FileChannels {

    private FileChannels() {
    }

    /**
     * Fills {@code buffer}'s remaining room with {@code file}'s bytes from {@code position} on; false when the
     * file ends first, the buffer then holding what was there.
     */
    public static boolean readFully(FileChannel file, ByteBuffer buffer, long position) throws IOException {
        int first = buffer.position();
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position() - first) < 0) {
                return false;
            }
        }
        return true;
    }
}
