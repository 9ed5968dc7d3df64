package io.github.movierecommender.profile;

import io.github.movierecommender.data.BadLine;
import io.github.movierecommender.problem.Problem;

/** A ratings file that is not one at all: empty, or with the wrong header. {@link #badLine()} says where and why. */
public final class UnreadableFileException extends ProfileException {

    private final BadLine badLine;

    UnreadableFileException(BadLine badLine) {
        super(Problem.of(ProfileProblem.UNREADABLE, badLine));
        this.badLine = badLine;
    }

    public BadLine badLine() {
        return badLine;
    }
}
