package io.github.movierecommender.ui.overview;

import io.github.movierecommender.overview.DatasetOverview;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.files.ChartPictures;
import io.github.movierecommender.ui.files.SaveFileChooser;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.AfterOpening;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobOutcome;
import io.github.movierecommender.ui.task.OrderedJobs;
import io.github.movierecommender.ui.timing.ShownStep;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The overview of the loaded dataset, worked out ahead (a few milliseconds for ml-latest-small,
 * some 40 ms of CPU for 32 million ratings once compiled, several times that the first time) so
 * that the tab shows it at once, and its charts' pictures. It is worked out once the dataset's
 * opening is over (its users listed, its first lists shown), whose cores it would otherwise share,
 * on the thread that loaded the dataset, free by then, so that it never waits behind the lists or
 * a method's training; the overview of a dataset overtaken by a newer one is dropped.
 */
public final class OverviewModel {

    /** The step the overview tab times. */
    public static final String SHOWN_STEP = "overview-shown";

    private final Messages messages;
    private final Consumer<ErrorReport> errors;
    private final OrderedJobs overviewJobs;
    /** Counts the datasets used, so that the overview of one overtaken by a newer one is never shown. */
    private long generation;
    private final ReadOnlyObjectWrapper<DatasetOverview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ChartPictures charts;
    private final ShownStep shown;
    private final Executor afterOpening;

    /**
     * {@code errors} shows what could not be done; {@code chooser} asks where to save a chart;
     * {@code shown} times how long the tab takes to show the overview.
     */
    public OverviewModel(ReadOnlyObjectProperty<LoadedDataset> loaded, BackgroundTasks tasks, Messages messages,
                         Consumer<ErrorReport> errors, SaveFileChooser chooser, ShownStep shown) {
        this(loaded, tasks, messages, errors, chooser, shown, AfterOpening.never());
    }

    /** As above; the overview of a dataset is worked out once {@code afterOpening} runs it. */
    public OverviewModel(ReadOnlyObjectProperty<LoadedDataset> loaded, BackgroundTasks tasks, Messages messages,
                         Consumer<ErrorReport> errors, SaveFileChooser chooser, ShownStep shown,
                         Executor afterOpening) {
        this.afterOpening = afterOpening;
        this.messages = messages;
        this.errors = errors;
        this.overviewJobs = tasks.inOrder();
        this.charts = new ChartPictures(chooser, tasks, messages, errors);
        this.shown = shown;
        loaded.addListener((property, before, now) -> use(now));
        use(loaded.get());
    }

    private void use(LoadedDataset loaded) {
        long used = ++generation;
        overview.set(null);
        charts.clearNotice();
        if (loaded == null) {
            computing.set(false);
            return;
        }
        computing.set(true);
        afterOpening.execute(() -> {
            if (used == generation) {
                workOut(loaded, used);
            }
        });
    }

    private void workOut(LoadedDataset loaded, long used) {
        overviewJobs.submit(context -> DatasetOverview.of(loaded.recommenders().stats(), loaded.summary(),
                DatasetOverview.DEFAULT_MIN_VOTES), new JobOutcome<>() {
                    @Override
                    public void succeeded(DatasetOverview result) {
                        if (used == generation) {
                            computing.set(false);
                            overview.set(result);
                        }
                    }

                    @Override
                    public void failed(Throwable error) {
                        if (used != generation) {
                            return;
                        }
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

    /** How long the tab takes to show the overview ({@value #SHOWN_STEP}), from the event the user waits on. */
    public ShownStep shownStep() {
        return shown;
    }

    /** Saves the tab's charts as PNG files; its notice is cleared when a dataset loads. */
    public ChartPictures charts() {
        return charts;
    }
}
