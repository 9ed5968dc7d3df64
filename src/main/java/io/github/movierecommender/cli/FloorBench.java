package io.github.movierecommender.cli;

import io.github.movierecommender.data.RatingsFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/**
 * {@code bench floor}: what this machine cannot beat, to set the other figures against. The
 * dataset's ratings file read from the page cache (read twice, the second timed) and read with one
 * look at each byte (counting lines, the least a parser does); and memory: a sequential sum over a
 * large int array (bandwidth), on one thread and on every core, and random gathers from it.
 */
record FloorBench(PrintWriter out, int runs) {

    private static final int READ_BUFFER = 1 << 20;
    private static final int MAX_ARRAY_BYTES = 256 << 20;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final int GATHER_SHARE = 4;
    private static final LongSupplier THREAD_CPU = () -> ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();

    /** Where the sums go, so that the compiler cannot drop the loops that make them. */
    private static volatile long consumed;

    void run(Path data) throws IOException {
        Path ratings = ratingsFile(data).orElseThrow(() -> new IOException(
                "no ratings.csv, ratings.dat or u.data in " + data + " or a folder in it"));
        fileFloors(ratings);
        memoryFloors();
    }

    /** The file itself when {@code data} is a file (a zip is read whole), else the release's ratings file. */
    static Optional<Path> ratingsFile(Path data) throws IOException {
        return Files.isRegularFile(data) ? Optional.of(data) : RatingsFiles.inFolder(data);
    }

    private void fileFloors(Path file) throws IOException {
        long bytes = Files.size(file);
        long first = System.nanoTime();
        read(file, false);
        double firstMillis = (System.nanoTime() - first) / 1e6;
        Timing read = best(() -> read(file, false), THREAD_CPU);
        long lines = read(file, true);
        Timing scan = best(() -> read(file, true), THREAD_CPU);
        out.printf(Locale.ROOT, "%s, %,d MB, %,d lines%n", file, bytes >> 20, lines);
        out.printf(Locale.ROOT, "  page-cache read:           %s (the first read took %,.1f ms)%n",
                read.describe(bytes), firstMillis);
        out.printf(Locale.ROOT, "  read + one look per byte:  %s (counting lines)%n", scan.describe(bytes));
    }

    /** Reads the file through a 1 MB buffer; counts its lines when asked, else only reads. */
    private static long read(Path file, boolean countLines) {
        ByteBuffer buffer = ByteBuffer.allocate(READ_BUFFER);
        byte[] bytes = buffer.array();
        long lines = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int read = channel.read(buffer); read >= 0; read = channel.read(buffer)) {
                if (countLines) {
                    for (int i = 0; i < read; i++) {
                        if (bytes[i] == '\n') {
                            lines++;
                        }
                    }
                }
                buffer.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private void memoryFloors() {
        int length = Integer.highestOneBit((int) Math.min(MAX_ARRAY_BYTES / Integer.BYTES,
                Runtime.getRuntime().maxMemory() / 4 / Integer.BYTES));
        int[] values = new int[length];
        Arrays.parallelSetAll(values, i -> i);
        long bytes = (long) length * Integer.BYTES;
        int cores = Runtime.getRuntime().availableProcessors();
        Timing oneThread = best(() -> sum(values, 0, length), THREAD_CPU);
        Timing everyCore = best(() -> IntStream.range(0, cores).parallel()
                .mapToLong(part -> sum(values, (int) ((long) length * part / cores),
                        (int) ((long) length * (part + 1) / cores))).sum(), BenchCommand::processCpuNanos);
        int bits = Integer.numberOfTrailingZeros(length);
        int gathers = length / GATHER_SHARE;
        Timing gather = best(() -> gather(values, bits, gathers), THREAD_CPU);
        out.printf(Locale.ROOT, "memory, an int array of %,d MB:%n", bytes >> 20);
        out.printf(Locale.ROOT, "  sequential sum, 1 thread:  %s%n", oneThread.describe(bytes));
        out.printf(Locale.ROOT, "  sequential sum, %d cores:   %s (CPU of the process)%n", cores,
                everyCore.describe(bytes));
        out.printf(Locale.ROOT, "  random gathers, 1 thread:  %,9.1f ms for %,d (%.2f ns each; CPU %.2f ns each)%n",
                gather.wallMillis(), gathers, gather.wallMillis() * 1e6 / gathers, gather.cpuMillis() * 1e6 / gathers);
    }

    private static long sum(int[] values, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum;
    }

    /** Sums {@code count} entries at scattered places; each place depends on its index only, so loads overlap. */
    private static long gather(int[] values, int bits, int count) {
        long sum = 0;
        for (long i = 0; i < count; i++) {
            sum += values[(int) ((i * GOLDEN) >>> (Long.SIZE - bits))];
        }
        return sum;
    }

    /** The fastest of the runs, in wall and in CPU time by {@code cpuNanos}, after one untimed run. */
    private Timing best(LongSupplier work, LongSupplier cpuNanos) {
        long sink = work.getAsLong();
        double wall = Double.MAX_VALUE;
        double cpu = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long cpuStarted = cpuNanos.getAsLong();
            long started = System.nanoTime();
            sink += work.getAsLong();
            wall = Math.min(wall, (System.nanoTime() - started) / 1e6);
            cpu = Math.min(cpu, (cpuNanos.getAsLong() - cpuStarted) / 1e6);
        }
        consumed = sink;
        return new Timing(wall, cpu);
    }

    /** Milliseconds of a run: on the clock, and of CPU (on a busy machine the two differ). */
    private record Timing(double wallMillis, double cpuMillis) {

        String describe(long bytes) {
            return String.format(Locale.ROOT, "%,9.1f ms (%.1f GB/s), CPU %,.1f ms (%.1f GB/s)", wallMillis,
                    gigabytesPerSecond(bytes, wallMillis), cpuMillis, gigabytesPerSecond(bytes, cpuMillis));
        }
    }

    private static double gigabytesPerSecond(long bytes, double millis) {
        return bytes / millis / 1e6;
    }
}
