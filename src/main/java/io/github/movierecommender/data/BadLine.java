package io.github.movierecommender.data;

/** A skipped input line: which file, which line (1-based) and what was wrong with it. */
public record BadLine(String file, long line, String problem) {

    @Override
    public String toString() {
        return file + ", line " + line + ": " + problem;
    }
}
