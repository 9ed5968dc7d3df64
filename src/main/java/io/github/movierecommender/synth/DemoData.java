package io.github.movierecommender.synth;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.files.AppFolders;
import io.github.movierecommender.files.FolderInTheWayException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
     * {@link AppFolders#MARKER}); anything else of that name is left as it is.
     *
     * @throws FolderInTheWayException when something the app did not make is in the way
     */
    public static Path extractTo(Path folder) throws IOException {
        Path release = folder.resolve(RELEASE_FOLDER);
        AppFolders.requireFreeOrMadeByApp(release);
        Files.createDirectories(folder);
        Path staging = Files.createTempDirectory(folder, ".unpacking-" + RELEASE_FOLDER + "-");
        try {
            Path unpacked = Files.createDirectory(staging.resolve(RELEASE_FOLDER));
            copyPackedFiles(unpacked);
            AppFolders.mark(unpacked, "with its demo data", "when you try the demo data again");
            AppFolders.requireFreeOrMadeByApp(release);
            AppFolders.install(unpacked, release, staging.resolve("old"));
            return release;
        } finally {
            AppFolders.deleteQuietly(staging);
        }
    }

    private static void copyPackedFiles(Path target) throws IOException {
        for (String name : DemoDataset.FILES) {
            try (InputStream in = DemoData.class.getResourceAsStream(PACKED + name)) {
                if (in == null) {
                    throw new IOException("the demo dataset is not packed in this build (" + PACKED + name
                            + " is missing)");
                }
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
