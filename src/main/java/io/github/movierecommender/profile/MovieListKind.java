package io.github.movierecommender.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The lists of movies a profile keeps besides its ratings, each in its own CSV file next to the
 * ratings file ({@code Me.csv}: {@code Me.hidden.csv}, {@code Me.watchlist.csv}); the '.' keeps
 * these files from ever being taken for a profile of their own.
 */
public enum MovieListKind {
    /** The movies the person is not interested in: no list shows them. */
    HIDDEN("hidden"),
    /** The movies the person means to watch. */
    WATCHLIST("watchlist");

    private final String suffix;

    MovieListKind(String suffix) {
        this.suffix = suffix;
    }

    /** This list's file beside a ratings CSV ({@code NAME.csv} or any other name). */
    public Path besides(Path ratingsFile) {
        String name = ratingsFile.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(ProfileNames.EXTENSION)
                ? name.substring(0, name.length() - ProfileNames.EXTENSION.length()) : name;
        return ratingsFile.resolveSibling(stem + "." + suffix + ProfileNames.EXTENSION);
    }

    /**
     * The list a profile export wrote beside {@code ratingsFile}, to import with it; empty when
     * there is no such file. Bad lines are listed as in any profile file.
     */
    public Optional<MarkedMoviesCsv> readBesides(Path ratingsFile) throws ProfileException {
        Path file = besides(ratingsFile);
        return Files.exists(file) ? Optional.of(MarkedMoviesCsv.read(file)) : Optional.empty();
    }
}
