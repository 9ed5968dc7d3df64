package io.github.movierecommender.ui.evaluate;

import io.github.movierecommender.appdata.MemoryAdvice;
import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.eval.EvalMonitor;
import io.github.movierecommender.eval.EvalPlan;
import io.github.movierecommender.eval.EvalResult;
import io.github.movierecommender.eval.Evaluation;
import io.github.movierecommender.eval.Protocol;
import io.github.movierecommender.eval.ResultsCsv;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.error.FailureReason;
import io.github.movierecommender.ui.files.ChartPictures;
import io.github.movierecommender.ui.files.SaveFileChooser;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobContext;
import io.github.movierecommender.ui.task.JobOutcome;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Evaluation tab: the form, the run on the background thread (its progress, time left and
 * Cancel show in the status bar like any long job), the results of the last run, the chart's
 * lines for the chosen metric, and exporting the results. Results belong to the dataset they
 * were measured on and go when another one loads.
 */
public final class EvaluationModel {

    private static final int PROGRESS_STEPS = 1000;

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final SaveFileChooser saveChooser;
    private final LongSupplier nanoClock;
    private final Consumer<ErrorReport> errors;
    private final ChartPictures charts;
    private final EvaluationForm form = new EvaluationForm();
    private final ObservableList<EvalResult> results = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<ChartLine>> chartLines =
            new ReadOnlyObjectWrapper<>(this, "chartLines", List.of());
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(this, "metric", Metric.PRECISION);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper evaluating = new ReadOnlyBooleanWrapper(this, "evaluating");
    private final ReadOnlyObjectProperty<LoadedDataset> loaded;
    private final BooleanBinding canRun;
    private String protocolShown = "";

    /**
     * {@code saveChooser} asks where to export results and charts; {@code errors} shows what could
     * not be saved, and a run that ran out of memory.
     */
    public EvaluationModel(ReadOnlyObjectProperty<LoadedDataset> loaded, BackgroundTasks tasks, Messages messages,
                           SaveFileChooser saveChooser, Consumer<ErrorReport> errors) {
        this(loaded, tasks, messages, saveChooser, errors, System::nanoTime);
    }

    /** {@code nanoClock} times the run for the time left. */
    public EvaluationModel(ReadOnlyObjectProperty<LoadedDataset> loaded, BackgroundTasks tasks, Messages messages,
                           SaveFileChooser saveChooser, Consumer<ErrorReport> errors, LongSupplier nanoClock) {
        this.loaded = loaded;
        this.tasks = tasks;
        this.messages = messages;
        this.saveChooser = saveChooser;
        this.nanoClock = nanoClock;
        this.errors = errors;
        this.charts = new ChartPictures(saveChooser, tasks, messages, errors);
        this.canRun = loaded.isNotNull().and(tasks.runningProperty().not());
        loaded.addListener((property, before, now) -> clearResults());
        metric.addListener((property, before, now) -> chartLines.set(ChartLine.of(results, now)));
    }

    /**
     * The warning the evaluation the form asks for deserves before it starts, as it scores every
     * user of a large dataset with many methods; empty when it is quick enough, or cannot run.
     */
    public Optional<LongRun> longRun() {
        if (!canRun.get() || form.problem().isPresent()) {
            return Optional.empty();
        }
        return LongRun.of(form.plan(1), loaded.get().dataset().ratings().size());
    }

    /** Scores a sample of {@link LongRun#SAMPLE} users instead of every one, then runs. */
    public void runOnASample() {
        form.sampledUsersProperty().set(LongRun.SAMPLE);
        run();
    }

    /** Starts an evaluation of the loaded dataset, or says what is wrong with the form. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        Optional<EvaluationForm.Problem> problem = form.problem();
        if (problem.isPresent()) {
            status.set(messages.format(problem.get().key(), problem.get().argument()));
            return;
        }
        Dataset dataset = loaded.get().dataset();
        EvalPlan plan = form.plan(Runtime.getRuntime().availableProcessors());
        status.set("");
        evaluating.set(true);
        long started = nanoClock.getAsLong();
        tasks.run(context -> Evaluation.run(dataset, plan, monitor(context, started)), new JobOutcome<>() {
            @Override
            public void succeeded(List<EvalResult> measured) {
                evaluating.set(false);
                double seconds = (nanoClock.getAsLong() - started) / 1e9;
                show(plan, dataset, measured, seconds);
            }

            @Override
            public void failed(Throwable error) {
                evaluating.set(false);
                if (MemoryAdvice.isOutOfMemory(error)) {
                    ErrorReport outOfMemory = ErrorReport.outOfMemory(messages);
                    status.set(messages.format("evaluate.failed", outOfMemory.title()));
                    errors.accept(outOfMemory);
                    return;
                }
                status.set(messages.format("evaluate.failed", FailureReason.of(messages, error)));
            }

            @Override
            public void cancelled() {
                evaluating.set(false);
                status.set(messages.text(results.isEmpty() ? "evaluate.cancelledNothingShown" : "evaluate.cancelled"));
            }
        });
    }

    public void cancel() {
        if (evaluating.get()) {
            tasks.cancel();
        }
    }

    private EvalMonitor monitor(JobContext context, long started) {
        return new EvalMonitor() {
            @Override
            public void progress(long done, long total) {
                if (done % Math.max(1, total / PROGRESS_STEPS) != 0 && done != total) {
                    return;
                }
                double fraction = done / (double) total;
                context.reportProgress(fraction);
                context.reportMessage(progressText(fraction, (nanoClock.getAsLong() - started) / 1e9));
            }

            @Override
            public boolean isCancelled() {
                return context.isCancelled();
            }
        };
    }

    /** "Evaluating: 40% done, about 12 s left"; the time left is guessed once there is something to go by. */
    String progressText(double fraction, double secondsSoFar) {
        int percent = (int) Math.floor(fraction * 100);
        if (fraction < 0.02 || secondsSoFar < 0.5) {
            return messages.format("evaluate.progressStarting", percent);
        }
        long left = Math.round(secondsSoFar * (1 - fraction) / fraction);
        String time = left < 60 ? messages.format("evaluate.seconds", Math.max(1, left))
                : messages.format("evaluate.minutes", (left + 30) / 60);
        return messages.format("evaluate.progress", percent, time);
    }

    private void show(EvalPlan plan, Dataset dataset, List<EvalResult> measured, double seconds) {
        protocolShown = plan.protocol().describe();
        String sample = plan.sampledUsers() == EvalPlan.ALL_USERS ? ""
                : " " + messages.format("evaluate.sampled", plan.sampledUsers());
        heading.set(messages.format("evaluate.heading", protocolText(plan.protocol()), plan.n(), seconds) + sample);
        results.setAll(measured);
        chartLines.set(ChartLine.of(measured, metric.get()));
        status.set(messages.format("evaluate.done", messages.number(dataset.ratings().size())));
    }

    private String protocolText(Protocol protocol) {
        if (protocol instanceof Protocol.KFold kFold) {
            return messages.format("evaluate.foldsOf", kFold.folds(), kFold.seed());
        }
        Protocol.Holdout holdout = (Protocol.Holdout) protocol;
        return messages.format("evaluate.heldOutOf", holdout.fraction(), holdout.seed());
    }

    private void clearResults() {
        charts.clearNotice();
        results.clear();
        chartLines.set(List.of());
        heading.set("");
        status.set("");
        protocolShown = "";
    }

    /** Asks where, then writes the results as CSV; says how it went. */
    public void exportResults() {
        if (results.isEmpty()) {
            return;
        }
        Optional<Path> target = saveChooser.chooseSaveFile(messages.text("evaluate.exportTitle"),
                "evaluation.csv", messages.text("evaluate.csvFilter"), "csv");
        target.ifPresent(this::export);
    }

    void export(Path target) {
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            ResultsCsv.write(protocolShown, results, writer);
            status.set(messages.format("evaluate.exported", target));
        } catch (IOException e) {
            status.set(messages.format("evaluate.exportFailed", target, FailureReason.ofFileWrite(messages, e)));
        }
    }

    /** Saves the chart as a PNG file; its notice is cleared when a dataset loads. */
    public ChartPictures charts() {
        return charts;
    }

    public EvaluationForm form() {
        return form;
    }

    public ObservableList<EvalResult> results() {
        return FXCollections.unmodifiableObservableList(results);
    }

    public ReadOnlyObjectProperty<List<ChartLine>> chartLinesProperty() {
        return chartLines.getReadOnlyProperty();
    }

    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    /** What was measured and how, for the results shown; empty before the first run. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** How the last action went, or what is wrong with the form. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty evaluatingProperty() {
        return evaluating.getReadOnlyProperty();
    }

    /** A dataset is loaded and no job is running. */
    public BooleanBinding canRunBinding() {
        return canRun;
    }

    public BooleanBinding canExportBinding() {
        return Bindings.isNotEmpty(results).and(evaluating.not());
    }
}
