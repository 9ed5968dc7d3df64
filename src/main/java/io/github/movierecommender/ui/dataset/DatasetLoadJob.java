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

/**
 * Loads the dataset at {@code source}, reporting how far into the ratings it is; a cancel heard
 * after the load skips working out the summary and the recommenders. A dataset opened before
 * reopens from its snapshot among {@code snapshots}; otherwise one is written in the background
 * once it is loaded.
 */
public record DatasetLoadJob(Path source, Messages messages, Snapshots snapshots)
        implements BackgroundJob<LoadedDataset> {

    @Override
    public LoadedDataset run(JobContext context) throws DatasetException {
        context.reportMessage(messages.format("status.opening", source));
        Dataset dataset = DatasetLoader.load(source, new JobLoadMonitor(context, messages), snapshots);
        if (context.isCancelled()) {
            throw new LoadCancelledException();
        }
        return LoadedDataset.of(dataset);
    }

    private record JobLoadMonitor(JobContext context, Messages messages) implements LoadMonitor {

        @Override
        public void progress(long rowsRead, double fractionOfBytes) {
            context.reportProgress(fractionOfBytes);
            context.reportMessage(messages.format("status.readingRatings", rowsRead));
        }

        @Override
        public boolean isCancelled() {
            return context.isCancelled();
        }
    }
}
