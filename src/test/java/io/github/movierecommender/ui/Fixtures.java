package io.github.movierecommender.ui;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small datasets under src/test/resources/io/github/movierecommender/ui. */
public final class Fixtures {

    /** 3 users, 4 movies, 8 ratings, 2 tags and one unreadable ratings line. */
    public static final String TINY = "tiny-ml-latest";
    /** A movie catalogue with a ratings file whose every line is unreadable. */
    public static final String BROKEN = "broken-ml-latest";

    private Fixtures() {
    }

    public static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
