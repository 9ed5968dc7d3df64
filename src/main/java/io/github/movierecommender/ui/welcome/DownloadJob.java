package io.github.movierecommender.ui.welcome;

import io.github.movierecommender.download.DownloadException;
import io.github.movierecommender.download.DownloadMonitor;
import io.github.movierecommender.download.DownloadStep;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.BackgroundJob;
import io.github.movierecommender.ui.task.JobContext;
import java.nio.file.Path;

/** Downloads the release of {@code sources} and unpacks it; returns the release folder. */
record DownloadJob(DataSources sources, Messages messages) implements BackgroundJob<Path> {

    @Override
    public Path run(JobContext context) throws DownloadException {
        context.reportMessage(messages.format("welcome.connecting", sources.release().getHost()));
        return sources.downloader().download(sources.release(), new JobDownloadMonitor(context, messages));
    }

    /** Tells the job's context how far each step is, in bytes, and passes on its cancellation. */
    record JobDownloadMonitor(JobContext context, Messages messages) implements DownloadMonitor {

        @Override
        public void progress(DownloadStep step, long done, long total) {
            if (total > 0) {
                context.reportProgress(Math.min(1, (double) done / total));
            }
            context.reportMessage(switch (step) {
                case DOWNLOADING -> total > 0
                        ? messages.format("welcome.downloadingOf", ByteSizes.format(messages, done),
                                ByteSizes.format(messages, total))
                        : messages.format("welcome.downloading", ByteSizes.format(messages, done));
                case UNPACKING -> messages.text("welcome.unpacking");
            });
        }

        @Override
        public boolean isCancelled() {
            return context.isCancelled();
        }
    }
}
