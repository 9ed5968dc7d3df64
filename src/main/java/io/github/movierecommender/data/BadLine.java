package io.github.movierecommender.data;

import io.github.movierecommender.problem.Problem;

/** A skipped input line: which file, which line (1-based) and what was wrong with it. */
public record BadLine(String file, long line, Problem problem) {

    @Override
    public String toString() {
        return file + ", line " + line + ": " + problem;
    }
}
