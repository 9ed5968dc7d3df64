package io.github.movierecommender.profile;

import io.github.movierecommender.data.BadLine;
import io.github.movierecommender.problem.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What loading a profile did with one of its lists' files ({@link MovieListKind}) that it could
 * not read in full: as {@link Recovery} does for the ratings, the file as it was is kept as
 * {@code keptAs} and the list goes on with the {@code moviesKept} movies that could be read.
 */
public record MovieListRecovery(MovieListKind kind, Path file, Path keptAs, List<BadLine> problems,
                                long problemCount, int moviesKept) {

    public MovieListRecovery {
        if (problems.isEmpty() || problemCount < problems.size()) {
            throw new IllegalArgumentException("a recovery lists at least one problem and counts all it lists");
        }
        problems = List.copyOf(problems);
    }

    /** What happened, as facts: the file, where it is kept, its first bad line, how many more, the movies kept. */
    public Problem problem() {
        return Problem.of(ProfileProblem.LIST_RECOVERED, file, keptAs, problems.get(0), problemCount - 1,
                moviesKept);
    }
}
