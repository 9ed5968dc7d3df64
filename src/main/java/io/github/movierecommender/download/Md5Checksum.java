package io.github.movierecommender.download;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the checksum files GroupLens publishes beside each zip ({@code ml-latest-small.zip.md5}). */
final class Md5Checksum {

    /** A bare hash, or md5sum's "HASH  file" (a '*' before the file marks binary mode). */
    private static final Pattern MD5SUM = Pattern.compile("([0-9a-f]{32})(?:\\s+\\*?(.*))?", Pattern.CASE_INSENSITIVE);
    /** BSD and macOS md5's "MD5 (file) = HASH". */
    private static final Pattern BSD = Pattern.compile("MD5\\s*\\((.*)\\)\\s*=\\s*([0-9a-f]{32})",
            Pattern.CASE_INSENSITIVE);

    private Md5Checksum() {
    }

    /** The hash, lower case, on the line that names {@code fileName}, else on the first line that holds one. */
    static Optional<String> parse(String text, String fileName) {
        String first = null;
        for (String line : text.replace("\uFEFF", "").split("\\R")) {
            String hash = null;
            String file = null;
            Matcher md5sum = MD5SUM.matcher(line.strip());
            Matcher bsd = BSD.matcher(line.strip());
            if (md5sum.matches()) {
                hash = md5sum.group(1);
                file = md5sum.group(2);
            } else if (bsd.matches()) {
                hash = bsd.group(2);
                file = bsd.group(1);
            }
            if (hash != null && file != null && file.strip().equals(fileName)) {
                return Optional.of(hash.toLowerCase(Locale.ROOT));
            }
            if (hash != null && first == null) {
                first = hash.toLowerCase(Locale.ROOT);
            }
        }
        return Optional.ofNullable(first);
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides MD5", e);
        }
    }
}
