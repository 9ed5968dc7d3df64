package io.github.movierecommender.launch;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** A stable file name part for a text: its 64-bit FNV-1a hash in 16 hex digits; not a secure hash. */
final class NameHash {

    private NameHash() {
    }

    static String of(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits(hash);
    }
}
