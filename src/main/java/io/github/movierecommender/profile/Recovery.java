package io.github.movierecommender.profile;

import io.github.movierecommender.data.BadLine;
import io.github.movierecommender.problem.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What loading a profile did with a file it could not read in full: the file as it was is kept as
 * {@code keptAs} (never overwritten, never deleted), and the profile goes on with the
 * {@code ratingsKept} ratings that could be read. {@code problems} lists the first bad lines.
 */
public record Recovery(Path file, Path keptAs, List<BadLine> problems, long problemCount, int ratingsKept) {

    public Recovery {
        if (problems.isEmpty() || problemCount < problems.size()) {
            throw new IllegalArgumentException("a recovery lists at least one problem and counts all it lists");
        }
        problems = List.copyOf(problems);
    }

    /** What happened, as facts: the file, where it is kept, its first bad line, how many more, the ratings kept. */
    public Problem problem() {
        return Problem.of(ProfileProblem.RECOVERED, file, keptAs, problems.get(0), problemCount - 1, ratingsKept);
    }

    public String message() {
        return problem().toString();
    }
}
