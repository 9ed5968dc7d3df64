package io.github.movierecommender.ui.welcome;

import io.github.movierecommender.download.DownloadCancelledException;
import io.github.movierecommender.download.DownloadException;
import io.github.movierecommender.download.MovieLensRelease;
import io.github.movierecommender.files.FolderInTheWayException;
import io.github.movierecommender.files.OwnedFolders;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.i18n.ProblemText;
import io.github.movierecommender.ui.task.BackgroundJob;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The welcome view's state and actions, for when no dataset is open: download MovieLens
 * latest-small once its licence is accepted, choose a folder or zip of one's own, or unpack the demo.
 * A downloaded or unpacked release is handed to {@link WelcomeActions#openDataset()} once the
 * background job has finished, so the dataset can load as the next job.
 */
public final class WelcomeModel {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final DataSources sources;
    private final WelcomeActions actions;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Path releaseToOpen;

    public WelcomeModel(BackgroundTasks tasks, Messages messages, DataSources sources, WelcomeActions actions) {
        this.tasks = tasks;
        this.messages = messages;
        this.sources = sources;
        this.actions = actions;
        tasks.runningProperty().addListener((property, wasRunning, running) -> {
            if (!running) {
                openFinishedRelease();
            }
        });
    }

    /** Asks for the licence, then downloads and unpacks the release and opens it. */
    public void download() {
        if (!tasks.runningProperty().get() && actions.licence().accepted()) {
            start(new DownloadJob(sources, messages), this::downloadFailure);
        }
    }

    /** Asks for the licence, then downloads and unpacks {@code release} (File → Download MovieLens) and opens it. */
    public void download(MovieLensRelease release) {
        if (!tasks.runningProperty().get() && actions.licence().accepted()) {
            start(new DownloadJob(sources.withRelease(release), messages), this::downloadFailure);
        }
    }

    /** Opens the release folder the user chooses, if they choose one. */
    public void chooseFolder() {
        actions.chooser().chooseFolder().ifPresent(actions.openDataset());
    }

    /** Opens the release zip the user chooses, if they choose one. */
    public void chooseZip() {
        actions.chooser().chooseZip().ifPresent(actions.openDataset());
    }

    /** Unpacks the demo dataset into the data folder and opens it. */
    public void tryDemo() {
        start(new DemoJob(sources.dataFolder(), messages), this::demoFailure);
    }

    /** Stops the download under way; what it wrote is removed. */
    public void cancel() {
        tasks.cancel();
    }

    /** Runs {@code job} unless another job is running (one may have started while the licence was shown). */
    private void start(BackgroundJob<Path> job, Function<Throwable, ErrorReport> failure) {
        if (tasks.runningProperty().get()) {
            return;
        }
        status.set("");
        working.set(true);
        tasks.run(job, new JobOutcome<>() {
            @Override
            public void succeeded(Path release) {
                working.set(false);
                status.set(messages.format("welcome.opening", release));
                releaseToOpen = release;
            }

            @Override
            public void failed(Throwable error) {
                working.set(false);
                if (error instanceof DownloadCancelledException) {
                    cancelled();
                    return;
                }
                ErrorReport report = failure.apply(error);
                status.set(report.title());
                actions.showError().accept(report);
            }

            @Override
            public void cancelled() {
                working.set(false);
                status.set(messages.text("welcome.cancelled"));
            }
        });
    }

    private void openFinishedRelease() {
        Path release = releaseToOpen;
        releaseToOpen = null;
        if (release != null) {
            actions.openDataset().accept(release);
        }
    }

    private ErrorReport downloadFailure(Throwable error) {
        if (error instanceof DownloadException failure) {
            return ErrorReport.of(messages.text("welcome.downloadFailedTitle"),
                    new ProblemText(messages).of(failure.problem()) + "\n\n" + whatToDoNext(failure.kind()));
        }
        return unexpected(error);
    }

    /** Advice that fits where the problem lies: the internet connection only for network failures. */
    private String whatToDoNext(DownloadException.Kind kind) {
        return switch (kind) {
            case NETWORK -> messages.text("welcome.downloadFailedNetwork");
            case CONTENT -> messages.text("welcome.downloadFailedContent");
            case DATA_FOLDER -> messages.format("welcome.downloadFailedDataFolder", sources.dataFolder());
            case CANCELLED -> messages.text("welcome.cancelled");
        };
    }

    private ErrorReport demoFailure(Throwable error) {
        if (error instanceof FolderInTheWayException inTheWay) {
            return ErrorReport.of(messages.text("welcome.demoFailedTitle"),
                    messages.format("welcome.demoFolderInTheWay", inTheWay.folder(), OwnedFolders.MARKER));
        }
        if (error instanceof IOException) {
            return ErrorReport.of(messages.text("welcome.demoFailedTitle"),
                    messages.format("welcome.demoFailedMessage", sources.dataFolder(), error.getMessage()));
        }
        return unexpected(error);
    }

    private ErrorReport unexpected(Throwable error) {
        return ErrorReport.unexpected(messages, messages.text("error.unexpectedTitle"),
                messages.format("error.unexpectedMessage", error), error);
    }

    /** True while this view's download or unpacking runs. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** True while any background job runs, when the actions wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.runningProperty();
    }

    /** From 0 to 1, or -1 while it is not known how far the job is. */
    public ReadOnlyDoubleProperty progressProperty() {
        return tasks.progressProperty();
    }

    /** What the running job is doing, such as "Downloading… 412 KB of 978 KB". */
    public ReadOnlyStringProperty progressTextProperty() {
        return tasks.messageProperty();
    }

    /** How the last download or unpacking ended, or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The data folder, where downloads and the demo go, to show the user. */
    public String dataFolderText() {
        return messages.format("welcome.dataFolder", sources.dataFolder());
    }
}
