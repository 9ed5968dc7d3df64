package io.github.movierecommender.ui.dataset;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.data.LoadCancelledException;
import io.github.movierecommender.data.LoadMonitor;
import io.github.movierecommender.data.Snapshots;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.BackgroundJob;
import io.github.movierecommender.ui.task.JobContext;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Loads the dataset at {@code source}, reporting how far into the ratings it is, at most every
 * {@link #PROGRESS_INTERVAL_NANOS} as {@code nanoClock} tells; a cancel heard after the load skips
 * working out the summary and the recommenders. A dataset opened before reopens from its snapshot
 * among {@code snapshots}; otherwise one is written in the background once it is loaded.
 */
public record DatasetLoadJob(Path source, Messages messages, Snapshots snapshots, LongSupplier nanoClock)
        implements BackgroundJob<LoadedDataset> {

    /**
     * The least time between two reports of the rows read but the last: each moves the progress bar
     * and rewrites the status bar, which the window lays out and draws again. Reported at every chunk
     * (some 200 a second on the 32M set) they kept the JavaFX thread and its renderer busy on a fifth
     * of a core beside the load.
     */
    public static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;

    public DatasetLoadJob(Path source, Messages messages, Snapshots snapshots) {
        this(source, messages, snapshots, System::nanoTime);
    }

    @Override
    public LoadedDataset run(JobContext context) throws DatasetException {
        context.reportMessage(messages.format("status.opening", source));
        Dataset dataset = DatasetLoader.load(source, new JobLoadMonitor(context, messages, nanoClock), snapshots);
        if (context.isCancelled()) {
            throw new LoadCancelledException();
        }
        return LoadedDataset.of(dataset);
    }

    /** Passes on the first report of the rows read, the last (all the bytes read) and one per interval between. */
    private static final class JobLoadMonitor implements LoadMonitor {
        private final JobContext context;
        private final Messages messages;
        private final LongSupplier nanoClock;
        private boolean reported;
        private long reportedAt;

        JobLoadMonitor(JobContext context, Messages messages, LongSupplier nanoClock) {
            this.context = context;
            this.messages = messages;
            this.nanoClock = nanoClock;
        }

        @Override
        public void progress(long rowsRead, double fractionOfBytes) {
            long now = nanoClock.getAsLong();
            if (reported && fractionOfBytes < 1.0 && now - reportedAt < PROGRESS_INTERVAL_NANOS) {
                return;
            }
            reported = true;
            reportedAt = now;
            context.reportProgress(fractionOfBytes);
            context.reportMessage(messages.format("status.readingRatings", rowsRead));
        }

        @Override
        public boolean isCancelled() {
            return context.isCancelled();
        }
    }
}
