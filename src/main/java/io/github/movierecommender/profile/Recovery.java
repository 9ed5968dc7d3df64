package io.github.movierecommender.profile;

import io.github.movierecommender.data.BadLine;
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

    public String message() {
        StringBuilder message = new StringBuilder(file + " could not be read in full: ").append(problems.get(0));
        if (problemCount > 1) {
            message.append(" (and ").append(problemCount - 1).append(problemCount == 2 ? " more line" : " more lines")
                    .append(')');
        }
        return message.append(". It is kept as it was in ").append(keptAs).append("; the profile keeps the ")
                .append(ratingsKept).append(ratingsKept == 1 ? " rating" : " ratings").append(" that could be read.")
                .toString();
    }
}
