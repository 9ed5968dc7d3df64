package io.github.movierecommender.download;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small invented releases zipped in memory, as GroupLens packs them. */
public final class ReleaseZips {

    static final String MOVIES = """
            movieId,title,genres
            1,Paper Boats (2001),Drama
            2,"Lantern, The (1998)",Comedy|Romance
            3,Orbit Nine (2015),Sci-Fi
            """;
    static final String RATINGS = """
            userId,movieId,rating,timestamp
            1,1,4.0,1500000000
            1,2,3.5,1500000100
            2,1,5.0,1500000200
            2,3,2.0,1500000300
            3,2,4.5,1500000400
            """;

    private static final int CENTRAL_HEADER = 0x02014b50;

    private ReleaseZips() {
    }

    /** {@code folder/} holding movies.csv and ratings.csv. */
    public static byte[] release(String folder) throws IOException {
        return zip(Map.of(folder + "/movies.csv", MOVIES, folder + "/ratings.csv", RATINGS), folder + "/");
    }

    /** The release folder's files plus one entry under any name. */
    static byte[] releaseWith(String folder, String extraEntry) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(folder + "/movies.csv", MOVIES);
        entries.put(folder + "/ratings.csv", RATINGS);
        entries.put(extraEntry, "not for you\n");
        return zip(entries, folder + "/");
    }

    /** movies.csv and ratings.csv at the zip's root, with no folder. */
    static byte[] flat() throws IOException {
        return zip(Map.of("movies.csv", MOVIES, "ratings.csv", RATINGS), null);
    }

    /**
     * {@code folder/} holding movies.csv and a ratings.csv of {@code zeros} zero bytes, which
     * compress to about a thousandth of that.
     */
    static byte[] releaseWithZeros(String folder, int zeros) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(folder + "/movies.csv"));
            zip.write(MOVIES.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(folder + "/ratings.csv"));
            byte[] block = new byte[64 * 1024];
            for (int left = zeros; left > 0; left -= block.length) {
                zip.write(block, 0, Math.min(left, block.length));
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /**
     * {@code zip} with the size of {@code entry} in its central directory, where unzipping tools
     * read it, changed to {@code declared}: a zip bomb that lies about how much it holds.
     */
    static byte[] declaringSize(byte[] zip, String entry, int declared) {
        byte[] lying = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(lying).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 + name.length <= lying.length; at++) {
            if (buffer.getInt(at) == CENTRAL_HEADER && buffer.getShort(at + 28) == name.length
                    && Arrays.equals(lying, at + 46, at + 46 + name.length, name, 0, name.length)) {
                buffer.putInt(at + 24, declared);
                return lying;
            }
        }
        throw new IllegalArgumentException(entry + " is not in the zip");
    }

    /** {@code count} small files in {@code folder/}. */
    static byte[] releaseWithFiles(String folder, int count) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            entries.put(folder + "/file" + i + ".csv", "x\n");
        }
        return zip(entries, folder + "/");
    }

    public static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] zip(Map<String, String> files, String folderEntry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (folderEntry != null) {
                zip.putNextEntry(new ZipEntry(folderEntry));
                zip.closeEntry();
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
