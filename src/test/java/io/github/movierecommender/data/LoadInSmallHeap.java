package io.github.movierecommender.data;

import java.nio.file.Path;

/** Loads the dataset named by its argument in a child JVM and prints the outcome on one line. */
public final class LoadInSmallHeap {

    private LoadInSmallHeap() {
    }

    public static void main(String[] args) {
        try {
            LoadReport report = DatasetLoader.load(Path.of(args[0])).report();
            System.out.println("loaded, " + report.skippedLines() + " lines skipped");
        } catch (DatasetException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
