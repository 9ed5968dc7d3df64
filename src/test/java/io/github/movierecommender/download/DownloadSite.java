package io.github.movierecommender.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** What a download left in a data folder. */
public final class DownloadSite {

    private DownloadSite() {
    }

    /** Every file and folder below {@code folder}, sorted. */
    public static List<Path> contents(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> !path.equals(folder)).sorted().toList();
        }
    }

    /**
     * What the data folder holds besides the datasets folder itself and the paths to {@code keep}
     * (with everything inside them): temporary files or folders a download left behind.
     */
    public static List<Path> leftovers(Path dataFolder, Path... keep) throws IOException {
        Path datasets = ReleaseDownloader.datasetsFolder(dataFolder);
        return contents(dataFolder).stream().filter(path -> !path.equals(datasets))
                .filter(path -> Arrays.stream(keep).noneMatch(path::startsWith)).toList();
    }
}
