package io.github.movierecommender.ui.main;

import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.SeveralReleasesException;
import io.github.movierecommender.data.Snapshots;
import io.github.movierecommender.ui.dataset.DatasetLoadJob;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.dataset.ReleaseChoice;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.i18n.ProblemText;
import io.github.movierecommender.ui.task.AfterOpening;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobOutcome;
import io.github.movierecommender.ui.timing.ShownStep;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The app's state: the loaded dataset, what the status bar says, the running job's progress and
 * the last error to show. A failed or cancelled load keeps the dataset that was loaded before. A
 * folder or zip holding several releases asks which one to open through {@link #releaseChoiceProperty()}.
 */
public final class AppModel {

    /** From opening a dataset until its users are listed in the picker and any lists show. */
    public static final String OPEN_STEP = "open-to-ready";

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Consumer<Path> opened;
    private final Snapshots snapshots;
    private final ShownStep opening;
    private final AfterOpening afterOpening;
    private final ReadOnlyObjectWrapper<LoadedDataset> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyObjectWrapper<ErrorReport> lastError = new ReadOnlyObjectWrapper<>(this, "lastError");
    private final ReadOnlyObjectWrapper<ReleaseChoice> releaseChoice =
            new ReadOnlyObjectWrapper<>(this, "releaseChoice");
    private final StringProperty idleStatus = new SimpleStringProperty(this, "idleStatus");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText");

    public AppModel(BackgroundTasks tasks, Messages messages) {
        this(tasks, messages, source -> { });
    }

    /** {@code opened} hears the path of every dataset that loads, once it is in use. */
    public AppModel(BackgroundTasks tasks, Messages messages, Consumer<Path> opened) {
        this(tasks, messages, opened, Snapshots.none());
    }

    /** Datasets opened before reopen from their snapshots among {@code snapshots}. */
    public AppModel(BackgroundTasks tasks, Messages messages, Consumer<Path> opened, Snapshots snapshots) {
        this(tasks, messages, opened, snapshots, ShownStep.NONE);
    }

    /**
     * {@code opening} is started as a dataset is opened, and dropped when it does not load; what
     * shows the loaded dataset shows it.
     */
    public AppModel(BackgroundTasks tasks, Messages messages, Consumer<Path> opened, Snapshots snapshots,
                    ShownStep opening) {
        this(tasks, messages, opened, snapshots, opening, AfterOpening.never());
    }

    /**
     * {@code afterOpening} is started as a dataset is opened and settled here when it does not
     * load; when it loads, what shows its first lists settles it.
     */
    public AppModel(BackgroundTasks tasks, Messages messages, Consumer<Path> opened, Snapshots snapshots,
                    ShownStep opening, AfterOpening afterOpening) {
        this.tasks = tasks;
        this.opening = opening;
        this.afterOpening = afterOpening;
        this.snapshots = snapshots;
        this.messages = messages;
        this.opened = opened;
        idleStatus.set(messages.text("status.ready"));
        statusText.bind(Bindings.when(tasks.runningProperty()).then(tasks.messageProperty()).otherwise(idleStatus));
    }

    /** Loads the dataset at {@code source} in the background; throws while another job runs. */
    public void open(Path source) {
        if (tasks.runningProperty().get()) {
            throw new IllegalStateException("A background job is already running");
        }
        lastError.set(null);
        releaseChoice.set(null);
        opening.start();
        afterOpening.start();
        tasks.run(new DatasetLoadJob(source, messages, snapshots), new LoadOutcome(source));
    }

    /** Deletes the datasets' snapshots, once any being written is done; the status bar says how it went. */
    public void clearSnapshots() {
        snapshots.clearInTurn().whenComplete((done, failure) -> Platform.runLater(() -> idleStatus.set(
                messages.text(failure == null ? "status.snapshotsCleared" : "status.snapshotsNotCleared"))));
    }

    /** Shows {@code report} as the last error; the same report twice is shown twice. */
    public void showError(ErrorReport report) {
        lastError.set(null);
        lastError.set(report);
    }

    public void cancel() {
        tasks.cancel();
    }

    /** The dataset in use, or null before the first successful load. */
    public ReadOnlyObjectProperty<LoadedDataset> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Set when a job fails or {@link #showError} is called, cleared when the next load starts. */
    public ReadOnlyObjectProperty<ErrorReport> lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    /**
     * Set when the folder or zip to open holds several releases side by side: the user picks one,
     * which is then opened like any dataset. Cleared when the next load starts.
     */
    public ReadOnlyObjectProperty<ReleaseChoice> releaseChoiceProperty() {
        return releaseChoice.getReadOnlyProperty();
    }

    /** The running job's message, or how the last one ended. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return tasks.progressProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return tasks.runningProperty();
    }

    private final class LoadOutcome implements JobOutcome<LoadedDataset> {
        private final Path source;

        LoadOutcome(Path source) {
            this.source = source;
        }

        @Override
        public void succeeded(LoadedDataset dataset) {
            loaded.set(dataset);
            idleStatus.set(messages.format("status.loaded", dataset.summary().source(), dataset.summary().ratings()));
            opened.accept(source);
        }

        @Override
        public void failed(Throwable error) {
            opening.drop();
            afterOpening.settle();
            if (error instanceof SeveralReleasesException several) {
                idleStatus.set(messages.format("status.chooseRelease", source));
                releaseChoice.set(ReleaseChoice.of(several));
            } else if (error instanceof DatasetException cannotLoad) {
                idleStatus.set(messages.format("status.openFailed", source));
                lastError.set(ErrorReport.of(messages.text("error.datasetTitle"),
                        new ProblemText(messages).of(cannotLoad.problem())));
            } else {
                idleStatus.set(messages.text("status.failed"));
                lastError.set(ErrorReport.unexpected(messages, messages.text("error.unexpectedTitle"),
                        messages.format("error.unexpectedMessage", error), error));
            }
        }

        @Override
        public void cancelled() {
            opening.drop();
            afterOpening.settle();
            idleStatus.set(messages.text("status.cancelled"));
        }
    }
}
