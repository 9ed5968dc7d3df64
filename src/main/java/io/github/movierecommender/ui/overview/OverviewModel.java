package io.github.movierecommender.ui.overview;

import io.github.movierecommender.overview.DatasetOverview;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.files.ChartPictures;
import io.github.movierecommender.ui.files.SaveFileChooser;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobOutcome;
import io.github.movierecommender.ui.task.LatestJobs;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The overview of the loaded dataset, worked out on the background thread once the tab is shown
 * and each time a dataset loads after that (a few milliseconds for ml-latest-small; a newer
 * dataset overtakes it), and its charts' pictures.
 */
public final class OverviewModel {

    private final Messages messages;
    private final Consumer<ErrorReport> errors;
    private final LatestJobs<DatasetOverview> overviewJobs;
    private final ReadOnlyObjectWrapper<DatasetOverview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ChartPictures charts;
    private final ReadOnlyObjectProperty<LoadedDataset> loaded;
    private boolean watching;

    /** {@code errors} shows what could not be done; {@code chooser} asks where to save a chart. */
    public OverviewModel(ReadOnlyObjectProperty<LoadedDataset> loaded, BackgroundTasks tasks, Messages messages,
                         Consumer<ErrorReport> errors, SaveFileChooser chooser) {
        this.messages = messages;
        this.errors = errors;
        this.overviewJobs = tasks.latestOnly();
        this.charts = new ChartPictures(chooser, tasks, messages, errors);
        this.loaded = loaded;
    }

    /**
     * Follows the loaded dataset from now on: works out its overview, and that of each one loaded
     * later. The tab calls it when first shown, so loads before then do not pay for an overview.
     */
    public void watch() {
        if (!watching) {
            watching = true;
            loaded.addListener((property, before, now) -> use(now));
            use(loaded.get());
        }
    }

    private void use(LoadedDataset loaded) {
        overview.set(null);
        charts.clearNotice();
        if (loaded == null) {
            overviewJobs.discard();
            computing.set(false);
            return;
        }
        computing.set(true);
        overviewJobs.submit(context -> DatasetOverview.of(loaded.recommenders().stats(),
                DatasetOverview.DEFAULT_MIN_VOTES), new JobOutcome<>() {
                    @Override
                    public void succeeded(DatasetOverview result) {
                        computing.set(false);
                        overview.set(result);
                    }

                    @Override
                    public void failed(Throwable error) {
                        computing.set(false);
                        errors.accept(ErrorReport.unexpected(messages, messages.text("overview.failedTitle"),
                                messages.format("overview.failed", error), error));
                    }

                    @Override
                    public void cancelled() {
                    }
                });
    }

    /** The loaded dataset's overview; null while none is loaded or it is being worked out. */
    public ReadOnlyObjectProperty<DatasetOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** Whether the overview of a loaded dataset is being worked out. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Saves the tab's charts as PNG files; its notice is cleared when a dataset loads. */
    public ChartPictures charts() {
        return charts;
    }
}
