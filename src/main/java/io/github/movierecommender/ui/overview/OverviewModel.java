package io.github.movierecommender.ui.overview;

import io.github.movierecommender.overview.DatasetOverview;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.main.ErrorReport;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobOutcome;
import io.github.movierecommender.ui.task.LatestJobs;
import io.github.movierecommender.ui.task.OrderedJobs;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The overview of the loaded dataset, worked out on the background thread each time a dataset
 * loads (a few milliseconds for ml-latest-small; a newer dataset overtakes it), and the saving of
 * its charts as PNG files, one after another off the JavaFX thread.
 */
public final class OverviewModel {

    private final Messages messages;
    private final Consumer<ErrorReport> errors;
    private final LatestJobs<DatasetOverview> overviewJobs;
    private final OrderedJobs saves;
    private final ReadOnlyObjectWrapper<DatasetOverview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");

    /** {@code errors} shows what could not be done. */
    public OverviewModel(ReadOnlyObjectProperty<LoadedDataset> loaded, BackgroundTasks tasks, Messages messages,
                         Consumer<ErrorReport> errors) {
        this.messages = messages;
        this.errors = errors;
        this.overviewJobs = tasks.latestOnly();
        this.saves = tasks.inOrder();
        loaded.addListener((property, before, now) -> use(now));
        use(loaded.get());
    }

    private void use(LoadedDataset loaded) {
        overview.set(null);
        notice.set(null);
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
                        errors.accept(ErrorReport.withStackTrace(messages.text("overview.failedTitle"),
                                messages.format("overview.failed", error), error));
                    }

                    @Override
                    public void cancelled() {
                    }
                });
    }

    /** Writes {@code image} to {@code file} as a PNG; the notice says where it went, or an error report why not. */
    public void savePng(RenderedImage image, Path file) {
        saves.submit(context -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer is installed");
                }
            }
            return file;
        }, new JobOutcome<>() {
            @Override
            public void succeeded(Path saved) {
                notice.set(messages.format("overview.saved", saved));
            }

            @Override
            public void failed(Throwable error) {
                notice.set(null);
                errors.accept(ErrorReport.of(messages.text("overview.saveFailedTitle"),
                        messages.format("overview.saveFailed", file, reason(error))));
            }

            @Override
            public void cancelled() {
            }
        });
    }

    private String reason(Throwable error) {
        if (error instanceof NoSuchFileException) {
            return messages.text("overview.noSuchFolder");
        }
        if (error instanceof AccessDeniedException) {
            return messages.text("overview.accessDenied");
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    /** The loaded dataset's overview; null while none is loaded or it is being worked out. */
    public ReadOnlyObjectProperty<DatasetOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** Whether the overview of a loaded dataset is being worked out. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Where the last chart was saved; null before the first save and when a dataset loads. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
