package io.github.movierecommender.download;

import java.net.URI;
import java.util.List;

/**
 * A MovieLens release as GroupLens publishes it: the zip's name without ".zip", and its download
 * size in megabytes as the GroupLens datasets page lists it.
 */
public record MovieLensRelease(String name, int megabytes) {

    /** The releases GroupLens offers for download, smallest first, the growing ml-latest last. */
    public static final List<MovieLensRelease> PUBLISHED = List.of(
            new MovieLensRelease("ml-latest-small", 1),
            new MovieLensRelease("ml-100k", 5),
            new MovieLensRelease("ml-1m", 6),
            new MovieLensRelease("ml-10m", 63),
            new MovieLensRelease("ml-20m", 190),
            new MovieLensRelease("ml-25m", 250),
            new MovieLensRelease("ml-32m", 239),
            new MovieLensRelease("ml-latest", 335));

    /** The zip's address in {@code folder}, such as {@link ReleaseDownloader#GROUPLENS}. */
    public URI in(URI folder) {
        return folder.resolve(name + ".zip");
    }
}
