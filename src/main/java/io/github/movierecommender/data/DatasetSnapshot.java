package io.github.movierecommender.data;

import io.github.movierecommender.files.FileChannels;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;

/**
 * A loaded dataset as one binary file that reads back in a fraction of a CSV load: a header
 * (format version, length and CRC32C of the metadata, block size), the metadata (which source
 * files it was made from, the counts, the catalogue, the tag texts), the arrays as little-endian
 * sections, and a trailer with a CRC32C of each block (of {@link #BLOCK_BYTES} when written for
 * use) of every section. Reading checks
 * all of it; a file that is cut short, damaged, of another version or made from other source
 * files reads as null. The blocks are read, checked and copied into their arrays on every core,
 * while the catalogue is decoded.
 */
final class DatasetSnapshot {

    static final int FORMAT_VERSION = 2;
    static final int BLOCK_BYTES = 4 << 20;
    private static final long MAGIC = 0x4D52_534E_4150_5348L;
    static final int HEADER_BYTES = 24;
    private static final int SECTIONS = 10;
    private static final int MAGIC_BYTES = 8;
    private static final int BUFFER_BYTES = 1 << 20;
    private static final int PARTS_PER_CORE = 4;

    /** The source files as they were when the dataset was read from them: where they are, their sizes and times. */
    record Origin(String key, String fingerprint) {
    }

    private DatasetSnapshot() {
    }

    /** Writes {@code dataset}, read from the files {@code origin} describes, to {@code out}. */
    static void write(Dataset dataset, Origin origin, OutputStream out) throws IOException {
        write(dataset, origin, out, BLOCK_BYTES);
    }

    /** Writes with a CRC for every {@code blockBytes} (a multiple of 4) of each section; tests use small blocks. */
    static void write(Dataset dataset, Origin origin, OutputStream out, int blockBytes) throws IOException {
        if (blockBytes < 4 || blockBytes % 4 != 0) {
            throw new IllegalArgumentException("block size " + blockBytes);
        }
        byte[] meta = metadata(dataset, origin);
        CRC32C metaCrc = new CRC32C();
        metaCrc.update(meta);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.putLong(MAGIC).putInt(FORMAT_VERSION).putInt(meta.length).putInt((int) metaCrc.getValue())
                .putInt(blockBytes);
        out.write(header.array());
        out.write(meta);
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        List<Integer> blockCrcs = new ArrayList<>();
        for (Section section : sections(dataset.ratings(), dataset.tags())) {
            writeSection(section, blockBytes, buffer, out, blockCrcs);
        }
        ByteBuffer trailer = ByteBuffer.allocate(4 * blockCrcs.size() + MAGIC_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        blockCrcs.forEach(trailer::putInt);
        trailer.putLong(MAGIC);
        out.write(trailer.array());
    }

    /** The first {@code length} entries of an int[] or a byte[]. */
    private record Section(Object array, int length) {
        static Section whole(int[] array) {
            return new Section(array, array.length);
        }

        static Section whole(byte[] array) {
            return new Section(array, array.length);
        }
    }

    /** The arrays in file order; {@link #read} expects the same order and kinds. */
    private static List<Section> sections(Ratings ratings, MovieTags tags) {
        int size = ratings.size();
        return List.of(Section.whole(ratings.users().ids()), Section.whole(ratings.userOffsets()),
                new Section(ratings.userMovies(), size), new Section(ratings.userHalfStars(), size),
                new Section(ratings.userTimes(), size), Section.whole(ratings.movieOffsets()),
                Section.whole(ratings.movieUsers()), Section.whole(ratings.movieHalfStars()),
                Section.whole(tags.offsets()), Section.whole(tags.tagNumbers()));
    }

    private static boolean isByteSection(int section) {
        return section == 3 || section == 7;
    }

    private static byte[] metadata(Dataset dataset, Origin origin) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream meta = new DataOutputStream(bytes);
        writeText(meta, origin.key());
        writeText(meta, origin.fingerprint());
        writeText(meta, dataset.format());
        LoadReport report = dataset.report();
        meta.writeLong(report.duplicateRatings());
        meta.writeInt(report.placeholderMovies());
        meta.writeLong(report.ratingsOfPlaceholderMovies());
        Ratings ratings = dataset.ratings();
        MovieTags tags = dataset.tags();
        meta.writeInt(ratings.userCount());
        meta.writeInt(ratings.size());
        meta.writeInt(dataset.movies().size());
        meta.writeInt(tags.offsets().length);
        meta.writeInt(tags.tagNumbers().length);
        meta.writeLong(tags.count());
        writeMovies(meta, dataset.movies());
        String[] dictionary = tags.dictionary();
        meta.writeInt(dictionary.length);
        for (String tag : dictionary) {
            writeText(meta, tag);
        }
        meta.flush();
        return bytes.toByteArray();
    }

    private static void writeMovies(DataOutputStream meta, MovieCatalog movies) throws IOException {
        Map<String, Integer> genreNumbers = new HashMap<>();
        List<String> genres = new ArrayList<>();
        for (Movie movie : movies.all()) {
            for (String genre : inFixedOrder(movie.genres())) {
                genreNumbers.computeIfAbsent(genre, g -> {
                    genres.add(g);
                    return genres.size() - 1;
                });
            }
        }
        meta.writeInt(genres.size());
        for (String genre : genres) {
            writeText(meta, genre);
        }
        for (Movie movie : movies.all()) {
            meta.writeInt(movie.id());
            writeText(meta, movie.title());
            writeText(meta, movie.displayTitle());
            meta.writeInt(movie.year());
            meta.writeInt(movie.genres().size());
            for (String genre : inFixedOrder(movie.genres())) {
                meta.writeInt(genreNumbers.get(genre));
            }
            meta.writeInt(movie.imdbId());
            meta.writeInt(movie.tmdbId());
            meta.writeBoolean(movie.placeholder());
        }
    }

    /** Sorted: each JVM iterates Java's immutable sets in an order of its own, and the same files make the same snapshot. */
    private static List<String> inFixedOrder(Set<String> genres) {
        return genres.stream().sorted().toList();
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** Writes a section little-endian, adding the CRC32C of each block to {@code blockCrcs}. */
    private static void writeSection(Section section, int blockBytes, ByteBuffer buffer, OutputStream out,
                                     List<Integer> blockCrcs) throws IOException {
        int end = section.length();
        if (section.array() instanceof byte[] bytes) {
            for (int from = 0; from < end; from += blockBytes) {
                int length = Math.min(blockBytes, end - from);
                CRC32C crc = new CRC32C();
                crc.update(bytes, from, length);
                out.write(bytes, from, length);
                blockCrcs.add((int) crc.getValue());
            }
            return;
        }
        int[] ints = (int[]) section.array();
        int perBlock = blockBytes / 4;
        for (int block = 0; block < end; block += perBlock) {
            CRC32C crc = new CRC32C();
            int blockEnd = Math.min(end, block + perBlock);
            for (int from = block; from < blockEnd; from += BUFFER_BYTES / 4) {
                int count = Math.min(BUFFER_BYTES / 4, blockEnd - from);
                buffer.clear();
                buffer.asIntBuffer().put(ints, from, count);
                crc.update(buffer.array(), 0, count * 4);
                out.write(buffer.array(), 0, count * 4);
            }
            blockCrcs.add((int) crc.getValue());
        }
    }

    /**
     * The dataset kept in {@code file}, with {@code source} as its source, if the file is whole,
     * of this format version and made from the files {@code origin} describes; null otherwise.
     */
    static Dataset read(Path file, Origin origin, String source) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel, origin, source);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Dataset read(FileChannel channel, Origin origin, String source) throws IOException {
        long fileSize = channel.size();
        if (fileSize < HEADER_BYTES + MAGIC_BYTES) {
            return null;
        }
        ByteBuffer header = readFully(channel, 0, HEADER_BYTES);
        if (header.getLong() != MAGIC || header.getInt() != FORMAT_VERSION) {
            return null;
        }
        int metaLength = header.getInt();
        int metaCrc = header.getInt();
        int blockBytes = header.getInt();
        if (blockBytes < 4 || blockBytes % 4 != 0 || metaLength < 0 || HEADER_BYTES + (long) metaLength + MAGIC_BYTES > fileSize) {
            return null;
        }
        byte[] meta = new byte[metaLength];
        readFully(channel, HEADER_BYTES, metaLength).get(meta);
        CRC32C crc = new CRC32C();
        crc.update(meta);
        if ((int) crc.getValue() != metaCrc) {
            return null;
        }
        return new Reader(channel, fileSize, blockBytes, ByteBuffer.wrap(meta)).read(origin, source);
    }

    private static ByteBuffer readFully(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        if (!FileChannels.readFully(channel, buffer, position)) {
            throw new EOFException();
        }
        return buffer.flip();
    }

    /** Reads the sections that the metadata describes, checking each block against its CRC. */
    private static final class Reader {
        private final FileChannel channel;
        private final long fileSize;
        private final int blockBytes;
        private final ByteBuffer meta;
        private final long[] lengths = new long[SECTIONS];
        private final long[] positions = new long[SECTIONS];
        private final Object[] sections = new Object[SECTIONS];
        private int[] blockCrcs;

        Reader(FileChannel channel, long fileSize, int blockBytes, ByteBuffer meta) {
            this.channel = channel;
            this.fileSize = fileSize;
            this.blockBytes = blockBytes;
            this.meta = meta;
        }

        Dataset read(Origin origin, String source) throws IOException {
            if (!readText().equals(origin.key()) || !readText().equals(origin.fingerprint())) {
                return null;
            }
            String format = readText();
            long duplicates = meta.getLong();
            int placeholderMovies = meta.getInt();
            long ratingsOfPlaceholderMovies = meta.getLong();
            int users = count(fileSize);
            int size = count(fileSize);
            int movieCount = count(fileSize);
            int tagOffsets = count(fileSize);
            int tagNumbers = count(fileSize);
            long tagCount = meta.getLong();
            long[] sectionLengths = {4L * users, 4L * (users + 1), 4L * size, size, 4L * size, 4L * (movieCount + 1),
                4L * size, size, 4L * tagOffsets, 4L * tagNumbers};
            long at = HEADER_BYTES + (long) meta.capacity();
            long blockCount = 0;
            for (int s = 0; s < SECTIONS; s++) {
                lengths[s] = sectionLengths[s];
                positions[s] = at;
                at += lengths[s];
                blockCount += blocksOf(lengths[s]);
            }
            if (at + 4 * blockCount + MAGIC_BYTES != fileSize || 4 * blockCount > Integer.MAX_VALUE - MAGIC_BYTES) {
                return null;
            }
            int blocks = (int) blockCount;
            ByteBuffer trailer = readFully(channel, at, 4 * blocks + MAGIC_BYTES);
            blockCrcs = new int[blocks];
            trailer.asIntBuffer().get(blockCrcs);
            if (trailer.getLong(4 * blocks) != MAGIC) {
                return null;
            }
            Movie[][] movies = new Movie[1][];
            String[][] dictionary = new String[1][];
            IntStream.rangeClosed(0, SECTIONS).parallel().forEach(task -> {
                if (task == SECTIONS) {
                    movies[0] = readMovies(movieCount);
                    dictionary[0] = readDictionary();
                } else {
                    sections[task] = isByteSection(task) ? new byte[(int) lengths[task]] : new int[(int) (lengths[task] / 4)];
                }
            });
            if (!readBlocks(blocks)) {
                return null;
            }
            MovieCatalog catalog = new MovieCatalog(movies[0]);
            Ratings ratings = new Ratings(IdIndex.of((int[]) sections[0]), (int[]) sections[1], (int[]) sections[2],
                    (byte[]) sections[3], (int[]) sections[4], (int[]) sections[5], (int[]) sections[6],
                    (byte[]) sections[7]);
            MovieTags tags = new MovieTags((int[]) sections[8], (int[]) sections[9], dictionary[0], tagCount);
            LoadReport report = new LoadReport(0, List.of(), duplicates, placeholderMovies, ratingsOfPlaceholderMovies,
                    List.of(), 0);
            return new Dataset(format, source, catalog, ratings, tags, report);
        }

        private long blocksOf(long length) {
            return (length + blockBytes - 1) / blockBytes;
        }

        /** Reads every block into its section, in parts of consecutive blocks on every core; false if one is damaged. */
        private boolean readBlocks(int blocks) {
            int[] blockSections = new int[blocks];
            int[] blockNumbers = new int[blocks];
            int b = 0;
            for (int s = 0; s < SECTIONS; s++) {
                for (int n = 0; n < blocksOf(lengths[s]); n++) {
                    blockSections[b] = s;
                    blockNumbers[b++] = n;
                }
            }
            int parts = Math.max(1, Math.min(blocks, Runtime.getRuntime().availableProcessors() * PARTS_PER_CORE));
            return IntStream.range(0, parts).parallel().allMatch(part -> {
                ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
                for (int block = blocks * part / parts; block < blocks * (part + 1) / parts; block++) {
                    if (!readBlock(blockSections[block], blockNumbers[block], blockCrcs[block], buffer)) {
                        return false;
                    }
                }
                return true;
            });
        }

        /** Reads block {@code number} of section {@code s} into its array; false when it does not match {@code expectedCrc}. */
        private boolean readBlock(int s, int number, int expectedCrc, ByteBuffer buffer) {
            long start = (long) number * blockBytes;
            long length = Math.min(blockBytes, lengths[s] - start);
            CRC32C crc = new CRC32C();
            try {
                for (long done = 0; done < length; ) {
                    buffer.clear().limit((int) Math.min(BUFFER_BYTES, length - done));
                    if (!FileChannels.readFully(channel, buffer, positions[s] + start + done)) {
                        return false;
                    }
                    buffer.flip();
                    crc.update(buffer);
                    buffer.flip();
                    int count = buffer.remaining();
                    if (isByteSection(s)) {
                        buffer.get((byte[]) sections[s], (int) (start + done), count);
                    } else {
                        buffer.asIntBuffer().get((int[]) sections[s], (int) ((start + done) / 4), count / 4);
                    }
                    done += count;
                }
            } catch (IOException e) {
                return false;
            }
            return (int) crc.getValue() == expectedCrc;
        }

        private Movie[] readMovies(int movieCount) {
            String[] genres = new String[count(meta.capacity())];
            for (int g = 0; g < genres.length; g++) {
                genres[g] = readText();
            }
            Map<Long, Set<String>> genreSets = new HashMap<>();
            Movie[] movies = new Movie[movieCount];
            for (int m = 0; m < movies.length; m++) {
                int id = meta.getInt();
                String title = readText();
                String displayTitle = readText();
                int year = meta.getInt();
                Set<String> movieGenres = readGenres(genres, genreSets);
                movies[m] = new Movie(id, title, displayTitle, year, movieGenres, meta.getInt(), meta.getInt(),
                        meta.get() != 0);
            }
            return movies;
        }

        /** A movie's genres; movies with the same ones (the first 64 genres) share one set. */
        private Set<String> readGenres(String[] genres, Map<Long, Set<String>> genreSets) {
            String[] names = new String[count(genres.length)];
            long mask = 0;
            for (int g = 0; g < names.length; g++) {
                int number = meta.getInt();
                names[g] = genres[number];
                mask = number < Long.SIZE && mask != -1 ? mask | 1L << number : -1;
            }
            return mask == -1 ? Set.of(names) : genreSets.computeIfAbsent(mask, key -> Set.of(names));
        }

        private String[] readDictionary() {
            String[] dictionary = new String[count(meta.capacity())];
            for (int i = 0; i < dictionary.length; i++) {
                dictionary[i] = readText();
            }
            return dictionary;
        }

        /** A count read from the metadata, which must be between 0 and {@code atMost}. */
        private int count(long atMost) {
            int count = meta.getInt();
            if (count < 0 || count > atMost) {
                throw new IllegalStateException("count out of range");
            }
            return count;
        }

        private String readText() {
            int length = count(meta.remaining());
            String text = new String(meta.array(), meta.position(), length, StandardCharsets.UTF_8);
            meta.position(meta.position() + length);
            return text;
        }
    }
}
