package io.github.movierecommender.ui.settings;

import java.nio.file.Path;

/** Short forms of paths for menus: the home folder as "~", and the middle left out of long paths. */
final class PathLabels {

    static final int MAX_LENGTH = 48;
    private static final String ELLIPSIS = "…";

    private PathLabels() {
    }

    /**
     * {@code path} with {@code home} written "~"; if still longer than {@code maxLength}, its start
     * (the root or "~"), "…" and as many of its last names as fit, always the last one.
     */
    static String abbreviate(Path path, Path home, int maxLength) {
        String separator = path.getFileSystem().getSeparator();
        boolean underHome = path.startsWith(home) && !path.equals(home);
        Path rest = underHome ? home.relativize(path) : path.getRoot() == null ? path : path.getRoot().relativize(path);
        String start = underHome ? "~" + separator : path.getRoot() == null ? "" : path.getRoot().toString();
        String whole = start + rest;
        if (whole.length() <= maxLength || rest.getNameCount() < 2) {
            return whole;
        }
        String tail = rest.getFileName().toString();
        for (int i = rest.getNameCount() - 2; i >= 0; i--) {
            String longer = rest.getName(i) + separator + tail;
            if ((start + ELLIPSIS + separator + longer).length() > maxLength) {
                break;
            }
            tail = longer;
        }
        return start + ELLIPSIS + separator + tail;
    }
}
