package io.github.movierecommender.data;

import io.github.movierecommender.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A folder or zip holds more than one release side by side; {@link #releases()} are paths that
 * each open one of them (for a zip, the zip's path followed by the folder inside it).
 */
public class SeveralReleasesException extends DatasetException {

    private final Path source;
    private final List<Path> releases;

    public SeveralReleasesException(Path source, List<Path> releases) {
        super(Problem.of(DataProblem.SEVERAL_RELEASES, source, releases.size(), names(source, releases),
                releases.get(0)));
        this.source = source;
        this.releases = List.copyOf(releases);
    }

    public Path source() {
        return source;
    }

    public List<Path> releases() {
        return releases;
    }

    /** How to name a release to someone who picked {@code source}: its folder inside, such as "ml-100k". */
    public String nameOf(Path release) {
        return source.relativize(release).toString();
    }

    private static String names(Path source, List<Path> releases) {
        return releases.stream().map(release -> source.relativize(release).toString())
                .collect(Collectors.joining(", "));
    }
}
