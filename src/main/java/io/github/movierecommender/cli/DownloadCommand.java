package io.github.movierecommender.cli;

import io.github.movierecommender.appdata.AppFolders;
import io.github.movierecommender.download.DownloadException;
import io.github.movierecommender.download.DownloadMonitor;
import io.github.movierecommender.download.DownloadStep;
import io.github.movierecommender.download.ReleaseDownloader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "download", description = {
    "Downloads a MovieLens release zip, checks it against the MD5 published beside it, unpacks it into a "
            + "folder of its own in the data folder's 'datasets' folder and prints that folder's path.",
    "An earlier copy of the release is replaced only once the new one is complete, and only if this app "
            + "installed it."})
final class DownloadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", description = "the release zip (default: ${DEFAULT-VALUE})")
    URI url = ReleaseDownloader.LATEST_SMALL;

    @Option(names = "--into", paramLabel = "FOLDER",
            description = "the data folder (default: the per-user data folder, ${DEFAULT-VALUE})")
    Path into = AppFolders.ofThisMachine().dataFolder();

    @Override
    public Integer call() throws DownloadException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build();
        StderrProgress progress = new StderrProgress(spec.commandLine().getErr());
        Thread cancelOnCtrlC = new Thread(progress::cancelAndWait, "download-cancel");
        Runtime.getRuntime().addShutdownHook(cancelOnCtrlC);
        try {
            Path release = new ReleaseDownloader(client, into).download(url, progress);
            progress.finish();
            spec.commandLine().getOut().println(release);
            return 0;
        } finally {
            progress.endLine();
            progress.stopped();
            removeHook(cancelOnCtrlC);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running and ends the JVM anyway.
        }
    }

    /**
     * A progress bar per step on stderr, or a byte count when the size is unknown. Ctrl+C cancels
     * the download and waits briefly for it to remove what it wrote.
     */
    private static final class StderrProgress implements DownloadMonitor {
        private static final long MEGABYTE = 1024 * 1024;

        private final PrintWriter err;
        private final CountDownLatch stopped = new CountDownLatch(1);
        private volatile boolean cancelled;
        private DownloadStep step;
        private ProgressBar bar;
        private long shownMegabytes = -1;
        private boolean lineOpen;

        StderrProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void progress(DownloadStep newStep, long done, long total) {
            if (newStep != step) {
                finish();
                step = newStep;
                bar = total == UNKNOWN_TOTAL ? null : new ProgressBar(err, label(newStep), total);
            }
            lineOpen = true;
            if (bar != null) {
                bar.update(done);
            } else if (done / MEGABYTE != shownMegabytes) {
                shownMegabytes = done / MEGABYTE;
                err.printf(Locale.ROOT, "\r%s %,d MB", label(step), shownMegabytes);
                err.flush();
            }
        }

        /** Completes the current step's line. */
        void finish() {
            if (bar != null) {
                bar.finish();
                lineOpen = false;
            }
            endLine();
            bar = null;
            shownMegabytes = -1;
        }

        /** Ends a line left open by a step that stopped, so that an error message starts on its own line. */
        void endLine() {
            if (lineOpen) {
                err.println();
                lineOpen = false;
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        void stopped() {
            stopped.countDown();
        }

        void cancelAndWait() {
            cancelled = true;
            try {
                stopped.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static String label(DownloadStep step) {
            return step == DownloadStep.DOWNLOADING ? "downloading" : "unpacking  ";
        }
    }
}
