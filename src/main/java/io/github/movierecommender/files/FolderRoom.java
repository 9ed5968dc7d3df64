package io.github.movierecommender.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a folder can take a file of a given size before anything is written into it. */
public final class FolderRoom {

    private FolderRoom() {
    }

    /**
     * Whether {@code folder} is an absolute path to a folder that exists or could be made, writable,
     * with {@code bytes} free; makes the folder when it is missing.
     */
    public static boolean canTake(Path folder, long bytes) {
        try {
            if (!folder.isAbsolute()) {
                return false;
            }
            Files.createDirectories(folder);
            // File's usable space asks the file system alone; Files.getFileStore first reads the mount table.
            return Files.isWritable(folder) && folder.toFile().getUsableSpace() >= bytes;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
