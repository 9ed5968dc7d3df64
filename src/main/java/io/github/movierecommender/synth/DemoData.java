package io.github.movierecommender.synth;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.files.OwnedFolders;
import io.github.movierecommender.files.FolderInTheWayException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The demo dataset packed into the application (the project's data/demo folder, on the classpath
 * under {@value #PACKED}): copies it out to a folder the loader can open, and tells a loaded demo
 * apart so the app can label it as synthetic.
 */
public final class DemoData {

    static final String PACKED = "/io/github/movierecommender/demo/";
    /** The release folder that {@link #extractTo(Path)} creates. */
    public static final String RELEASE_FOLDER = "demo";

    private DemoData() {
    }

    /**
     * Copies the packed demo into {@code folder}/{@value #RELEASE_FOLDER} and returns that release
     * folder. It is written whole into a temporary folder beside it first and then moved into
     * place, replacing an earlier copy only when the app made that one (it holds
     * {@link OwnedFolders#MARKER}, or is exactly what an earlier version wrote without the marker:
     * the packed files, unchanged); anything else of that name is left as it is.
     *
     * @throws FolderInTheWayException when something the app did not make is in the way
     */
    public static Path extractTo(Path folder) throws IOException {
        Path release = folder.resolve(RELEASE_FOLDER);
        requireReplaceable(release);
        Files.createDirectories(folder);
        Path staging = Files.createTempDirectory(folder, ".unpacking-" + RELEASE_FOLDER + "-");
        try {
            Path unpacked = Files.createDirectory(staging.resolve(RELEASE_FOLDER));
            copyPackedFiles(unpacked);
            OwnedFolders.mark(unpacked, "with its demo data", "when you try the demo data again");
            requireReplaceable(release);
            OwnedFolders.install(unpacked, release, staging.resolve("old"));
            return release;
        } finally {
            OwnedFolders.deleteQuietly(staging);
        }
    }

    private static void requireReplaceable(Path release) throws IOException {
        if (!OwnedFolders.isFreeOrMadeByApp(release) && !holdsThePackedFilesOnly(release)) {
            throw new FolderInTheWayException(release);
        }
    }

    private static boolean holdsThePackedFilesOnly(Path release) throws IOException {
        if (!Files.isDirectory(release, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> files = Files.list(release)) {
            if (!files.map(file -> file.getFileName().toString()).collect(Collectors.toSet())
                    .equals(Set.copyOf(DemoDataset.FILES))) {
                return false;
            }
        }
        for (String name : DemoDataset.FILES) {
            Path file = release.resolve(name);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !Arrays.equals(packed(name),
                    Files.readAllBytes(file))) {
                return false;
            }
        }
        return true;
    }

    private static byte[] packed(String name) throws IOException {
        try (InputStream in = openPacked(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream openPacked(String name) throws IOException {
        InputStream in = DemoData.class.getResourceAsStream(PACKED + name);
        if (in == null) {
            throw new IOException("the demo dataset is not packed in this build (" + PACKED + name + " is missing)");
        }
        return in;
    }

    private static void copyPackedFiles(Path target) throws IOException {
        for (String name : DemoDataset.FILES) {
            try (InputStream in = openPacked(name)) {
                Files.copy(in, target.resolve(name));
            }
        }
    }

    /** Whether the dataset was loaded from a folder holding the demo, whose ratings are synthetic. */
    public static boolean isDemo(Dataset dataset) {
        Path readme = Path.of(dataset.source()).resolve("README.txt");
        if (!Files.isRegularFile(readme)) {
            return false;
        }
        try (BufferedReader reader = Files.newBufferedReader(readme, StandardCharsets.UTF_8)) {
            return DemoDataset.README_TITLE.equals(reader.readLine());
        } catch (IOException e) {
            return false;
        }
    }
}
