package io.github.movierecommender.data;

import io.github.movierecommender.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a ratings file in chunks that end on a line break and parses the chunks on every core,
 * keeping their order: each parsed chunk's rows are copied to the end of one {@link RatingRows},
 * and its buffer and block are reused, so that the load makes next to no garbage. Line numbers in
 * the bad-line report are made global as the chunks come in.
 */
final class RatingsFileParser {

    /**
     * Under half of the collector's smallest region (1 MB with the default heap sizes), so that a
     * chunk is not a humongous object: those count towards the occupancy at which the collector
     * starts a cycle, whose pauses then wait for the rows' arrays being zeroed.
     */
    static final int CHUNK_BYTES = (1 << 19) - 64;
    private static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final String fileName;
    private final String separator;
    private final String expectedHeader;
    private final RatingRows.Reserving reserving;

    /** {@code expectedHeader} is null for files without a header row. */
    RatingsFileParser(String fileName, String separator, String expectedHeader) {
        this(fileName, separator, expectedHeader, RatingRows.Reserving.DEFAULT);
    }

    /** Tests set when the rows' arrays are allocated on threads of their own. */
    RatingsFileParser(String fileName, String separator, String expectedHeader, RatingRows.Reserving reserving) {
        this.fileName = fileName;
        this.separator = separator;
        this.expectedHeader = expectedHeader;
        this.reserving = reserving;
    }

    /** The parsed rows, in file order, and the skipped lines with file-wide line numbers. */
    record Result(RatingRows ratings, BadLines badLines) {
        long rows() {
            return ratings.size;
        }
    }

    /**
     * Parses {@code in}, {@code totalBytes} long (-1 when unknown); {@code sampling} takes the
     * file's samples on a parsing thread while the first chunk is read and parsed.
     */
    Result parse(InputStream in, long totalBytes, Callable<LineSamples> sampling, LoadMonitor monitor)
            throws DatasetException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "ratings-parser-" + POOL_NUMBER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            return parseChunks(in, totalBytes, pool.submit(sampling), monitor, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private Result parseChunks(InputStream in, long totalBytes, Future<LineSamples> sampling, LoadMonitor monitor,
                               ExecutorService pool) throws DatasetException, IOException {
        InputStream body = withoutByteOrderMark(in);
        long lineOffset = expectedHeader == null ? 0 : readHeader(body);
        Queue<byte[]> freeBuffers = new ConcurrentLinkedQueue<>();
        Queue<RatingBlock> freeBlocks = new ConcurrentLinkedQueue<>();
        ChunkReader chunks = new ChunkReader(body, freeBuffers);
        Deque<Future<RatingBlock>> pending = new ArrayDeque<>();
        RatingRows rows = new RatingRows(freeBlocks, reserving, sampling);
        BadLines badLines = new BadLines();
        byte[] chunk;
        while ((chunk = nextChunk(chunks, pending, lineOffset)) != null) {
            if (monitor.isCancelled()) {
                throw new LoadCancelledException();
            }
            byte[] bytes = chunk;
            int length = chunks.lastLength();
            pending.add(pool.submit(() -> {
                RatingBlock block = freeBlocks.poll();
                block = block != null ? block : new RatingBlock(0);
                try {
                    new RatingLineParser(separator, fileName).parse(bytes, length, block);
                } finally {
                    freeBuffers.add(bytes);
                }
                return block;
            }));
            while (pending.size() > THREADS * 2 || (!pending.isEmpty() && pending.peek().isDone())) {
                RatingBlock block = await(pending.poll());
                monitor.progress(rows.rowsTaken() + block.size, totalBytes > 0
                        ? Math.min(1.0, chunks.bytesRead() / (double) totalBytes) : LoadMonitor.UNKNOWN_FRACTION);
                lineOffset = collect(block, lineOffset, rows, badLines, totalBytes, monitor);
            }
        }
        while (!pending.isEmpty()) {
            RatingBlock block = await(pending.poll());
            lineOffset = collect(block, lineOffset, rows, badLines, totalBytes, monitor);
        }
        rows.finish(monitor);
        monitor.progress(rows.size, 1.0);
        return new Result(rows, badLines);
    }

    /** The next chunk; a line too long to fit is an error naming its line, once the lines before are counted. */
    private byte[] nextChunk(ChunkReader chunks, Deque<Future<RatingBlock>> pending, long lineOffset)
            throws DatasetException, IOException {
        try {
            return chunks.next();
        } catch (LineTooLongException e) {
            long linesBefore = lineOffset;
            while (!pending.isEmpty()) {
                linesBefore += await(pending.poll()).lines;
            }
            throw TextLines.tooLong(fileName, linesBefore + 1);
        }
    }

    private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, TextLines.BYTE_ORDER_MARK.length);
        byte[] start = pushback.readNBytes(TextLines.BYTE_ORDER_MARK.length);
        if (!Arrays.equals(start, TextLines.BYTE_ORDER_MARK)) {
            pushback.unread(start);
        }
        return pushback;
    }

    private long readHeader(InputStream in) throws DatasetException, IOException {
        String header = firstLine(in);
        if (header != null && header.length() > TextLines.MAX_LINE_BYTES) {
            throw TextLines.tooLong(fileName, 1);
        }
        if (header == null) {
            throw new DatasetException(Problem.of(DataProblem.EMPTY_FILE, fileName));
        }
        if (!header.strip().equalsIgnoreCase(expectedHeader)) {
            throw new DatasetException(Problem.of(DataProblem.WRONG_HEADER, fileName, expectedHeader, Quote.of(header)));
        }
        return 1;
    }

    /**
     * Reads the first line byte by byte, so the chunks start right after it; null if empty. Stops
     * one byte past the longest line allowed.
     */
    private static String firstLine(InputStream in) throws IOException {
        var line = new java.io.ByteArrayOutputStream();
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n' && line.size() <= TextLines.MAX_LINE_BYTES) {
            line.write(b);
            b = in.read();
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** Numbers the block's bad lines and hands its rows on; the block goes back to the free ones once copied. */
    private static long collect(RatingBlock block, long lineOffset, RatingRows rows, BadLines badLines,
                                long totalBytes, LoadMonitor monitor) throws LoadCancelledException {
        badLines.addAll(block.badLines, lineOffset);
        long lines = block.lines;
        rows.append(block, totalBytes, monitor);
        return lineOffset + lines;
    }

    private RatingBlock await(Future<RatingBlock> future) throws DatasetException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadCancelledException();
        } catch (ExecutionException e) {
            throw new DatasetException(Problem.of(DataProblem.BEYOND_LIMITS, fileName, e.getCause()), e.getCause());
        }
    }

    /** Cuts a stream into chunks of whole lines (the last one may lack its line break). */
    private static final class ChunkReader {
        private final InputStream in;
        private final Queue<byte[]> freeBuffers;
        private byte[] carry = new byte[0];
        private int lastLength;
        private long bytesRead;
        private boolean ended;

        /** Takes its chunk buffers from {@code freeBuffers} when one is there, so they are reused once parsed. */
        ChunkReader(InputStream in, Queue<byte[]> freeBuffers) {
            this.in = in;
            this.freeBuffers = freeBuffers;
        }

        /**
         * The next chunk (valid up to {@link #lastLength()}), or null at the end; throws when a line
         * runs past {@link TextLines#MAX_LINE_BYTES} without a line break.
         */
        byte[] next() throws IOException, LineTooLongException {
            while (true) {
                if (ended && carry.length == 0) {
                    return null;
                }
                byte[] buffer = buffer(Math.max(CHUNK_BYTES, carry.length * 2));
                System.arraycopy(carry, 0, buffer, 0, carry.length);
                int filled = carry.length;
                while (!ended && filled < buffer.length) {
                    int read = in.read(buffer, filled, buffer.length - filled);
                    if (read < 0) {
                        ended = true;
                    } else {
                        filled += read;
                        bytesRead += read;
                    }
                }
                int cut = ended ? filled : lastNewline(buffer, filled) + 1;
                if (cut == 0 && !ended) {
                    if (filled > TextLines.MAX_LINE_BYTES) {
                        throw new LineTooLongException();
                    }
                    carry = Arrays.copyOf(buffer, filled);
                    continue;
                }
                carry = Arrays.copyOfRange(buffer, cut, filled);
                lastLength = cut;
                return cut == 0 ? null : buffer;
            }
        }

        private byte[] buffer(int size) {
            byte[] free = freeBuffers.poll();
            while (free != null && free.length != size) {
                free = freeBuffers.poll();
            }
            return free != null ? free : new byte[size];
        }

        private static int lastNewline(byte[] buffer, int length) {
            for (int i = length - 1; i >= 0; i--) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        int lastLength() {
            return lastLength;
        }

        long bytesRead() {
            return bytesRead;
        }
    }

    /** The chunk reader met a line longer than {@link TextLines#MAX_LINE_BYTES}. */
    private static final class LineTooLongException extends Exception {
        LineTooLongException() {
            super(null, null, false, false);
        }
    }
}
