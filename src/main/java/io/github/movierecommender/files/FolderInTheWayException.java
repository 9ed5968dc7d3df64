package io.github.movierecommender.files;

import java.io.IOException;
import java.nio.file.Path;

/** The app would write a folder where something is that it did not make; that was left as it is. */
public final class FolderInTheWayException extends IOException {

    private final transient Path folder;

    public FolderInTheWayException(Path folder) {
        super(folder + ": something is already there that this app did not make (it has no "
                + OwnedFolders.MARKER + " file), so it was left as it is and nothing was written. "
                + "Move or rename it, then try again.");
        this.folder = folder;
    }

    /** Where the app would have written. */
    public Path folder() {
        return folder;
    }
}
