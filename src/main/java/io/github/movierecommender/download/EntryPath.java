package io.github.movierecommender.download;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A zip entry's name as folder names below the unpacking folder, if it cannot reach outside it. */
final class EntryPath {

    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*");

    private EntryPath() {
    }

    /**
     * The name's parts with "." and empty parts dropped; empty when the name is absolute
     * ("/x", "\x", "C:x") or climbs out with "..", on either kind of slash.
     */
    static Optional<List<String>> parts(String entryName) {
        if (entryName.startsWith("/") || entryName.startsWith("\\") || DRIVE.matcher(entryName).matches()
                || entryName.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String part : entryName.split("[/\\\\]")) {
            if (part.equals("..")) {
                return Optional.empty();
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return Optional.of(List.copyOf(parts));
    }
}
