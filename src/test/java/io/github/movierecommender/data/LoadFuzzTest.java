package io.github.movierecommender.data;

import static io.github.movierecommender.data.DatasetAssertions.assertConsistent;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random damage to the fixture releases, as folders and as zips: every load ends, soon, in
 * a dataset or a {@link DatasetException}, never another exception and never a hang.
 */
class LoadFuzzTest {

    private static final long SEED = 11;
    private static final int ROUNDS = 200;
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final List<String> RELEASES = List.of("ml-latest-small", "ml-1m", "ml-10M100K", "ml-100k",
            "bad-catalog", "bad-ratings-csv", "duplicates");
    private static final byte[] TRICKY = "\"\n\r\t,:|\u0000\u00e9\u001b".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    @Test
    void everyDamagedReleaseLoadsOrIsRefused() throws Exception {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            Path dir = Files.createDirectory(tmp.resolve("round-" + round));
            List<String> damage = new ArrayList<>();
            Path source = damagedRelease(random, dir, damage);
            String what = "round " + round + " (seed " + SEED + "): " + String.join("; ", damage);
            Dataset dataset = assertTimeoutPreemptively(HANG_GUARD, () -> loadOrNull(source, what), what);
            if (dataset != null) {
                assertConsistent(dataset);
            }
        }
    }

    private static Dataset loadOrNull(Path source, String what) {
        try {
            return DatasetLoader.load(source);
        } catch (DatasetException refused) {
            return null;
        } catch (RuntimeException | Error e) {
            return fail(what + " ended in " + e, e);
        }
    }

    private static Path damagedRelease(Random random, Path dir, List<String> damage) throws IOException {
        String release = RELEASES.get(random.nextInt(RELEASES.size()));
        damage.add(release);
        Path folder = Fixtures.copy(release, dir);
        List<Path> files = Fixtures.files(folder);
        for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
            Path file = files.get(random.nextInt(files.size()));
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, damage(random, bytes, file.getFileName().toString(), damage));
        }
        if (random.nextInt(3) > 0) {
            return folder;
        }
        Path zip = Fixtures.zip(folder, dir.resolve(release + ".zip"), release + "/");
        if (random.nextInt(3) == 0) {
            byte[] zipped = Files.readAllBytes(zip);
            Files.write(zip, damage(random, zipped, "the zip", damage));
        }
        return zip;
    }

    private static byte[] damage(Random random, byte[] bytes, String name, List<String> damage) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        int kind = random.nextInt(9);
        damage.add(name + ": " + switch (kind) {
            case 0 -> "flip a bit at " + at;
            case 1 -> "insert bytes at " + at;
            case 2 -> "delete bytes at " + at;
            case 3 -> "truncate at " + at;
            case 4 -> "repeat a line at " + at;
            case 5 -> "insert a NUL at " + at;
            case 6 -> "insert a huge field at " + at;
            case 7 -> "insert a huge line-less run at " + at;
            default -> "insert a tricky character at " + at;
        });
        if (bytes.length == 0) {
            return bytes;
        }
        return switch (kind) {
            case 0 -> flip(bytes, at, random);
            case 1 -> insert(bytes, at, randomBytes(random, 1 + random.nextInt(16)));
            case 2 -> delete(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(64)));
            case 3 -> Arrays.copyOf(bytes, at);
            case 4 -> repeatLine(bytes, at);
            case 5 -> insert(bytes, at, new byte[] {0});
            case 6 -> insert(bytes, at, sevens(10_000 + random.nextInt(100_000)));
            case 7 -> insert(bytes, at, new byte[random.nextInt(8) == 0 ? TextLines.MAX_LINE_BYTES + 1 : 1 << 16]);
            default -> insert(bytes, at, new byte[] {TRICKY[random.nextInt(TRICKY.length)]});
        };
    }

    private static byte[] sevens(int length) {
        byte[] field = new byte[length];
        Arrays.fill(field, (byte) '7');
        return field;
    }

    private static byte[] flip(byte[] bytes, int at, Random random) {
        byte[] flipped = bytes.clone();
        flipped[at] ^= (byte) (1 << random.nextInt(8));
        return flipped;
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }

    private static byte[] delete(byte[] bytes, int from, int to) {
        byte[] result = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, result, 0, from);
        System.arraycopy(bytes, to, result, from, bytes.length - to);
        return result;
    }

    /** Inserts a copy of the line holding byte {@code at} right after it. */
    private static byte[] repeatLine(byte[] bytes, int at) {
        int start = at;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        int end = at;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        end = Math.min(bytes.length, end + 1);
        return insert(bytes, end, Arrays.copyOfRange(bytes, start, end));
    }
}
