package io.github.movierecommender.cli;

import io.github.movierecommender.appdata.AppFolders;
import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.data.LoadMonitor;
import io.github.movierecommender.data.Snapshots;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Whether a command reopens its dataset from the snapshot the app and the CLI keep, and keeps one. */
final class SnapshotOption {

    @Option(names = "--no-snapshot",
            description = "read the dataset's files even when a snapshot of them is kept, and keep none")
    boolean noSnapshot;

    Snapshots snapshots() {
        return noSnapshot ? Snapshots.none() : Snapshots.in(AppFolders.ofThisMachine().snapshotFolder(), Runnable::run);
    }

    /** Loads {@code data}; the snapshot, if one is written, is written before this returns. */
    Dataset load(Path data) throws DatasetException {
        return DatasetLoader.load(data, LoadMonitor.NONE, snapshots());
    }
}
