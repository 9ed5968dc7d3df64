package io.github.movierecommender.ui.dataset;

import io.github.movierecommender.data.SeveralReleasesException;
import java.nio.file.Path;
import java.util.List;

/**
 * A folder or zip the user opened that holds several releases: {@code names} (such as "ml-100k")
 * to show, and the paths that open each, in the same order.
 */
public record ReleaseChoice(Path source, List<String> names, List<Path> releases) {

    public ReleaseChoice {
        names = List.copyOf(names);
        releases = List.copyOf(releases);
    }

    public static ReleaseChoice of(SeveralReleasesException several) {
        return new ReleaseChoice(several.source(), several.releases().stream().map(several::nameOf).toList(),
                several.releases());
    }

    /** The path that opens the release shown as {@code name}. */
    public Path release(String name) {
        return releases.get(names.indexOf(name));
    }
}
