package io.github.movierecommender.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipDirectoryTest {

    @TempDir
    Path tmp;

    /** A central directory header is 46 bytes and the entry's name. */
    private static long directorySize(String... names) {
        long size = 0;
        for (String name : names) {
            size += 46 + name.getBytes(StandardCharsets.UTF_8).length;
        }
        return size;
    }

    @Test
    void readsTheSizeOfTheCentralDirectory() throws Exception {
        Path zip = Files.write(tmp.resolve("release.zip"), ReleaseZips.release("ml-latest-small"));

        assertEquals(OptionalLong.of(directorySize("ml-latest-small/", "ml-latest-small/movies.csv",
                "ml-latest-small/ratings.csv")), ZipDirectory.size(zip));
    }

    @Test
    void findsTheEndRecordBehindACommentOrAppendedBytes() throws Exception {
        Path zip = tmp.resolve("commented.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.csv"));
            out.write('x');
            out.closeEntry();
            out.setComment("an invented release");
        }
        Files.write(zip, new byte[1000], StandardOpenOption.APPEND);

        assertEquals(OptionalLong.of(directorySize("a.csv")), ZipDirectory.size(zip));
    }

    @Test
    void countsTheLargestOfSeveralEndRecords() throws Exception {
        byte[] zip = ReleaseZips.release("ml-latest-small");
        ByteBuffer fake = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN).putInt(0x06054b50);
        fake.putInt(12, 1 << 30);
        Path padded = Files.write(tmp.resolve("padded.zip"), zip);
        Files.write(padded, fake.array(), StandardOpenOption.APPEND);

        assertEquals(OptionalLong.of(1 << 30), ZipDirectory.size(padded));
    }

    @Test
    void readsTheSizeFromTheZip64RecordWhenTheEndRecordPointsThere() throws Exception {
        ByteBuffer records = ByteBuffer.allocate(56 + 20 + 22).order(ByteOrder.LITTLE_ENDIAN);
        records.putInt(0, 0x06064b50).putLong(40, 5_000_000_000L);
        records.putInt(56, 0x07064b50).putLong(56 + 8, 0);
        records.putInt(76, 0x06054b50).putInt(76 + 12, 0xFFFFFFFF);
        Path zip64 = Files.write(tmp.resolve("zip64.zip"), records.array());
        records.putInt(56, 0);
        Path noLocator = Files.write(tmp.resolve("broken.zip"), records.array());

        assertEquals(OptionalLong.of(5_000_000_000L), ZipDirectory.size(zip64));
        assertTrue(ZipDirectory.size(noLocator).isEmpty());
    }

    @Test
    void findsNothingInAFileThatIsNotAZip() throws IOException {
        Path html = Files.writeString(tmp.resolve("page.zip"), "<html>Maintenance</html>\n".repeat(100));
        Path empty = Files.createFile(tmp.resolve("empty.zip"));

        assertTrue(ZipDirectory.size(html).isEmpty());
        assertTrue(ZipDirectory.size(empty).isEmpty());
    }
}
