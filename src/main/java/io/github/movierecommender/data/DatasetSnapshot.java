package io.github.movierecommender.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
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
 * (format version, length of the metadata), the metadata (which source files it was made from,
 * the catalogue, the tag texts, the report's counts), the arrays as little-endian sections, and a
 * trailer with a CRC32C of the metadata and of each section. Reading checks all of it; a file
 * that is cut short, damaged, of another version or made from other source files reads as null.
 */
final class DatasetSnapshot {

    static final int FORMAT_VERSION = 1;
    private static final long MAGIC = 0x4D52_534E_4150_5348L;
    private static final int HEADER_BYTES = 16;
    private static final int SECTIONS = 10;
    private static final int TRAILER_BYTES = 4 * (SECTIONS + 1) + 8;
    private static final int BUFFER_BYTES = 1 << 20;

    /** The source files as they were when the dataset was read from them: where they are, their sizes and times. */
    record Origin(String key, String fingerprint) {
    }

    private DatasetSnapshot() {
    }

    /** Writes {@code dataset}, read from the files {@code origin} describes, to {@code out}. */
    static void write(Dataset dataset, Origin origin, OutputStream out) throws IOException {
        Ratings ratings = dataset.ratings();
        MovieTags tags = dataset.tags();
        byte[] meta = metadata(dataset, origin);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.putLong(MAGIC).putInt(FORMAT_VERSION).putInt(meta.length);
        out.write(header.array());
        out.write(meta);
        CRC32C metaCrc = new CRC32C();
        metaCrc.update(meta);
        ByteBuffer trailer = ByteBuffer.allocate(TRAILER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        trailer.putInt((int) metaCrc.getValue());
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (Object section : sections(ratings, tags)) {
            trailer.putInt(writeSection(section, buffer, out));
        }
        trailer.putLong(MAGIC);
        out.write(trailer.array());
    }

    /** The arrays in file order; {@link #read} expects the same order and kinds. */
    private static List<Object> sections(Ratings ratings, MovieTags tags) {
        return List.of(ratings.users().ids(), ratings.userOffsets(), ratings.userMovies(), ratings.userHalfStars(),
                ratings.userTimes(), ratings.movieOffsets(), ratings.movieUsers(), ratings.movieHalfStars(),
                tags.offsets(), tags.tagNumbers());
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
        writeMovies(meta, dataset.movies());
        String[] dictionary = dataset.tags().dictionary();
        meta.writeInt(dictionary.length);
        for (String tag : dictionary) {
            writeText(meta, tag);
        }
        meta.writeLong(dataset.tags().count());
        Ratings ratings = dataset.ratings();
        meta.writeInt(ratings.userCount());
        meta.writeInt(ratings.size());
        meta.writeInt(dataset.tags().offsets().length);
        meta.writeInt(dataset.tags().tagNumbers().length);
        meta.flush();
        return bytes.toByteArray();
    }

    private static void writeMovies(DataOutputStream meta, MovieCatalog movies) throws IOException {
        Map<String, Integer> genreNumbers = new HashMap<>();
        List<String> genres = new ArrayList<>();
        for (Movie movie : movies.all()) {
            for (String genre : movie.genres()) {
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
        meta.writeInt(movies.size());
        for (Movie movie : movies.all()) {
            meta.writeInt(movie.id());
            writeText(meta, movie.title());
            writeText(meta, movie.displayTitle());
            meta.writeInt(movie.year());
            meta.writeInt(movie.genres().size());
            for (String genre : movie.genres()) {
                meta.writeInt(genreNumbers.get(genre));
            }
            meta.writeInt(movie.imdbId());
            meta.writeInt(movie.tmdbId());
            meta.writeBoolean(movie.placeholder());
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** Writes an int[] or a byte[] little-endian; returns the CRC32C of the bytes written. */
    private static int writeSection(Object section, ByteBuffer buffer, OutputStream out) throws IOException {
        CRC32C crc = new CRC32C();
        if (section instanceof byte[] bytes) {
            crc.update(bytes);
            out.write(bytes);
            return (int) crc.getValue();
        }
        int[] ints = (int[]) section;
        for (int from = 0; from < ints.length; from += BUFFER_BYTES / 4) {
            int count = Math.min(BUFFER_BYTES / 4, ints.length - from);
            buffer.clear();
            buffer.asIntBuffer().put(ints, from, count);
            crc.update(buffer.array(), 0, count * 4);
            out.write(buffer.array(), 0, count * 4);
        }
        return (int) crc.getValue();
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
        if (fileSize < HEADER_BYTES + TRAILER_BYTES) {
            return null;
        }
        ByteBuffer header = readFully(channel, 0, HEADER_BYTES);
        if (header.getLong() != MAGIC || header.getInt() != FORMAT_VERSION) {
            return null;
        }
        int metaLength = header.getInt();
        if (metaLength < 0 || HEADER_BYTES + (long) metaLength + TRAILER_BYTES > fileSize) {
            return null;
        }
        ByteBuffer trailer = readFully(channel, fileSize - TRAILER_BYTES, TRAILER_BYTES);
        int[] crcs = new int[SECTIONS + 1];
        trailer.asIntBuffer().get(crcs);
        if (trailer.getLong(4 * (SECTIONS + 1)) != MAGIC) {
            return null;
        }
        byte[] meta = new byte[metaLength];
        readFully(channel, HEADER_BYTES, metaLength).get(meta);
        CRC32C metaCrc = new CRC32C();
        metaCrc.update(meta);
        if ((int) metaCrc.getValue() != crcs[0]) {
            return null;
        }
        return new Reader(channel, origin, source, fileSize, crcs).read(meta);
    }

    private static ByteBuffer readFully(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException();
            }
        }
        return buffer.flip();
    }

    /** Reads the sections that the metadata describes, checking each against its CRC. */
    private record Reader(FileChannel channel, Origin origin, String source, long fileSize, int[] crcs) {

        Dataset read(byte[] metaBytes) throws IOException {
            DataInputStream meta = new DataInputStream(new ByteArrayInputStream(metaBytes));
            if (!readText(meta).equals(origin.key()) || !readText(meta).equals(origin.fingerprint())) {
                return null;
            }
            String format = readText(meta);
            long duplicates = meta.readLong();
            int placeholderMovies = meta.readInt();
            long ratingsOfPlaceholderMovies = meta.readLong();
            Movie[] movies = readMovies(meta);
            String[] dictionary = new String[count(meta, metaBytes.length)];
            for (int i = 0; i < dictionary.length; i++) {
                dictionary[i] = readText(meta);
            }
            long tagCount = meta.readLong();
            int users = count(meta, fileSize);
            int size = count(meta, fileSize);
            int tagOffsets = count(meta, fileSize);
            int tagNumbers = count(meta, fileSize);
            long[] lengths = {4L * users, 4L * (users + 1), 4L * size, size, 4L * size, 4L * (movies.length + 1),
                4L * size, size, 4L * tagOffsets, 4L * tagNumbers};
            long[] positions = new long[SECTIONS];
            long at = HEADER_BYTES + (long) metaBytes.length;
            for (int s = 0; s < SECTIONS; s++) {
                positions[s] = at;
                at += lengths[s];
            }
            if (at + TRAILER_BYTES != fileSize) {
                return null;
            }
            Object[] sections = new Object[SECTIONS];
            boolean whole = IntStream.range(0, SECTIONS).parallel()
                    .allMatch(s -> readSection(s, positions[s], lengths[s], sections));
            if (!whole) {
                return null;
            }
            MovieCatalog catalog = new MovieCatalog(movies);
            Ratings ratings = new Ratings(IdIndex.of((int[]) sections[0]), (int[]) sections[1], (int[]) sections[2],
                    (byte[]) sections[3], (int[]) sections[4], (int[]) sections[5], (int[]) sections[6],
                    (byte[]) sections[7]);
            MovieTags tags = new MovieTags((int[]) sections[8], (int[]) sections[9], dictionary, tagCount);
            LoadReport report = new LoadReport(0, List.of(), duplicates, placeholderMovies, ratingsOfPlaceholderMovies,
                    List.of(), 0);
            return new Dataset(format, source, catalog, ratings, tags, report);
        }

        private Movie[] readMovies(DataInputStream meta) throws IOException {
            String[] genres = new String[count(meta, fileSize)];
            for (int g = 0; g < genres.length; g++) {
                genres[g] = readText(meta);
            }
            Movie[] movies = new Movie[count(meta, fileSize)];
            for (int m = 0; m < movies.length; m++) {
                int id = meta.readInt();
                String title = readText(meta);
                String displayTitle = readText(meta);
                int year = meta.readInt();
                String[] movieGenres = new String[count(meta, genres.length)];
                for (int g = 0; g < movieGenres.length; g++) {
                    movieGenres[g] = genres[meta.readInt()];
                }
                movies[m] = new Movie(id, title, displayTitle, year, Set.of(movieGenres), meta.readInt(),
                        meta.readInt(), meta.readBoolean());
            }
            return movies;
        }

        /** Reads section {@code s} into {@code sections}; false when its bytes do not match their CRC. */
        private boolean readSection(int s, long position, long length, Object[] sections) {
            boolean bytes = s == 3 || s == 7;
            Object array = bytes ? new byte[(int) length] : new int[(int) (length / 4)];
            ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            CRC32C crc = new CRC32C();
            try {
                for (long done = 0; done < length; ) {
                    buffer.clear().limit((int) Math.min(BUFFER_BYTES, length - done));
                    while (buffer.hasRemaining()) {
                        if (channel.read(buffer, position + done + buffer.position()) < 0) {
                            return false;
                        }
                    }
                    buffer.flip();
                    crc.update(buffer);
                    buffer.flip();
                    int count = buffer.remaining();
                    if (bytes) {
                        buffer.get((byte[]) array, (int) done, count);
                    } else {
                        buffer.asIntBuffer().get((int[]) array, (int) (done / 4), count / 4);
                    }
                    done += count;
                }
            } catch (IOException e) {
                return false;
            }
            sections[s] = array;
            return (int) crc.getValue() == crcs[s + 1];
        }
    }

    /** A count read from the metadata, which must be between 0 and {@code atMost}. */
    private static int count(DataInputStream in, long atMost) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > atMost) {
            throw new IOException("count out of range");
        }
        return count;
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = count(in, in.available());
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
