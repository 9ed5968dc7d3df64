package io.github.movierecommender.ui.files;

import io.github.movierecommender.files.AtomicFile;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.error.FailureReason;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobOutcome;
import io.github.movierecommender.ui.task.SaveJobs;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.transform.Transform;

/**
 * Saves charts as PNG files: asks where, draws the chart at twice its size as the theme shows
 * it, and writes the file off the JavaFX thread, one after another. The notice says where the
 * last one went; what could not be saved goes to the error reports.
 */
public final class ChartPictures {

    private static final double SCALE = 2;

    private final SaveFileChooser chooser;
    private final Messages messages;
    private final Consumer<ErrorReport> errors;
    private final SaveJobs writes;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");

    public ChartPictures(SaveFileChooser chooser, BackgroundTasks tasks, Messages messages,
                         Consumer<ErrorReport> errors) {
        this.chooser = chooser;
        this.messages = messages;
        this.errors = errors;
        this.writes = tasks.saves();
    }

    /** Asks where to save {@code chart}, suggesting {@code fileName}, and saves it there. */
    public void save(Chart chart, String fileName) {
        chooser.chooseSaveFile(messages.text("chart.saveTitle"), fileName, messages.text("chart.pngFilter"), "png")
                .ifPresent(file -> {
                    SnapshotParameters scaled = new SnapshotParameters();
                    scaled.setTransform(Transform.scale(SCALE, SCALE));
                    savePng(SwingFXUtils.fromFXImage(chart.snapshot(scaled, null), null), file);
                });
    }

    /** Writes {@code image} to {@code file} as a PNG. */
    public void savePng(RenderedImage image, Path file) {
        writes.save(messages.format("chart.unsaved", file), context -> {
            AtomicFile.write(file, out -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer is installed");
                }
            });
            return file;
        }, new JobOutcome<>() {
            @Override
            public void succeeded(Path saved) {
                notice.set(messages.format("chart.saved", saved));
            }

            @Override
            public void failed(Throwable error) {
                notice.set(null);
                errors.accept(new ErrorReport(messages.text("chart.saveFailedTitle"),
                        messages.format("chart.saveFailed", file, FailureReason.ofFileWrite(messages, error)),
                        FailureReason.technical(error)));
            }

            @Override
            public void cancelled() {
            }
        });
    }

    public void clearNotice() {
        notice.set(null);
    }

    /** Where the last chart was saved; null before the first save and after {@link #clearNotice()}. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
