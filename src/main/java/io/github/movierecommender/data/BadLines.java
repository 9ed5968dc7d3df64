package io.github.movierecommender.data;

import io.github.movierecommender.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** Counts skipped lines and keeps the first few for the load report. */
final class BadLines {

    private final List<BadLine> first = new ArrayList<>();
    private long count;

    void add(String file, long line, Problem problem) {
        count++;
        if (first.size() < LoadReport.BAD_LINES_LISTED) {
            first.add(new BadLine(file, line, problem));
        }
    }

    /** Adds {@code length} consecutive lines from {@code firstLine} on, all with the same problem. */
    void addRun(String file, long firstLine, long length, Problem problem) {
        for (long line = firstLine; line < firstLine + length && first.size() < LoadReport.BAD_LINES_LISTED; line++) {
            first.add(new BadLine(file, line, problem));
        }
        count += length;
    }

    /** Adds another collector's lines, shifting their line numbers by {@code lineOffset}. */
    void addAll(BadLines other, long lineOffset) {
        for (BadLine line : other.first) {
            add(line.file(), line.line() + lineOffset, line.problem());
        }
        count += other.count - other.first.size();
    }

    long count() {
        return count;
    }

    List<BadLine> first() {
        return first;
    }
}
