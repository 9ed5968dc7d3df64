package io.github.movierecommender.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * A release's real files, except that opening the named ones gives what a test wants instead: an
 * error (such as permission denied, which a test running as root cannot make) or an endless stream.
 */
final class MisbehavingFiles extends DatasetFiles {

    /** What opening a file gives. */
    @FunctionalInterface
    interface Opening {
        InputStream open() throws IOException;
    }

    private final DatasetFiles real;
    private final Map<String, Opening> replaced;

    MisbehavingFiles(Path release, Map<String, Opening> replaced) throws DatasetException {
        this.real = DatasetFiles.open(release, Layout.KEY_FILES);
        this.replaced = Map.copyOf(replaced);
    }

    static Dataset load(Path release, Map<String, Opening> replaced, LoadMonitor monitor) throws Exception {
        try (MisbehavingFiles files = new MisbehavingFiles(release, replaced)) {
            return DatasetLoader.load(files, monitor);
        }
    }

    /** Endless lines: {@code first}, then {@code line} again and again. */
    static InputStream endless(String first, String line) {
        byte[] head = first.getBytes(StandardCharsets.UTF_8);
        byte[] repeated = line.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                long at = position++;
                byte next = at < head.length ? head[(int) at] : repeated[(int) ((at - head.length) % repeated.length)];
                return next & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return length;
            }
        };
    }

    @Override
    boolean has(String name) {
        return replaced.containsKey(name) || real.has(name);
    }

    @Override
    InputStream open(String name) throws IOException {
        Opening opening = replaced.get(name);
        return opening == null ? real.open(name) : opening.open();
    }

    @Override
    long size(String name) {
        return replaced.containsKey(name) ? -1 : real.size(name);
    }

    @Override
    String describe(String name) {
        return real.describe(name);
    }

    @Override
    String releaseName() {
        return real.releaseName();
    }

    @Override
    String source() {
        return real.source();
    }

    @Override
    DatasetSnapshot.Origin origin() {
        return real.origin();
    }

    @Override
    public void close() throws IOException {
        real.close();
    }
}
