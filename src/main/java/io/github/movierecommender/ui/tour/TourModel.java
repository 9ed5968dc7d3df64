package io.github.movierecommender.ui.tour;

import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.error.FailureReason;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import io.github.movierecommender.ui.recommend.RecommendationSettings;
import io.github.movierecommender.ui.recommend.UserChoice;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobOutcome;
import io.github.movierecommender.ui.task.LatestJobs;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;

/**
 * The guided tour over the open dataset, chapter by chapter as in the teaching tutorial: which step
 * is shown, and its text with the live numbers of the dataset and the picked user, worked out in the
 * background (latest wins) when the step is shown and again whenever a setting of the left panel
 * changes. While no dataset is open the tour says how to open one, and goes on once one is. A step
 * that follows a user picks the first of the dataset if nobody is picked; the steps about the
 * tutorial's neighbours set the mode to Tutorial, so that the app's tables show the same numbers.
 */
public final class TourModel {

    private final ObservableValue<LoadedDataset> loaded;
    private final RecommendationModel recommendations;
    private final Messages messages;
    private final TourTexts texts;
    private final Runnable demo;
    private final LatestJobs<String> jobs;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyObjectWrapper<TourStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private int chapter;
    /** The step the text shown is about: a new step's text says it is being worked out, a setting's change keeps it meanwhile. */
    private TourStep written;
    private boolean adjusting;

    /** {@code demo} unpacks and opens the demo data, as the welcome view's button does. */
    public TourModel(ObservableValue<LoadedDataset> loaded, RecommendationModel recommendations, BackgroundTasks tasks,
                     Messages messages, Runnable demo) {
        this.loaded = loaded;
        this.recommendations = recommendations;
        this.messages = messages;
        this.texts = new TourTexts(messages);
        this.demo = demo;
        this.jobs = tasks.latestOnly();
        loaded.addListener((property, before, now) -> {
            if (open.get()) {
                enter();
            }
        });
        recommendations.users().addListener((ListChangeListener<UserChoice>) change -> {
            if (open.get() && settings().userProperty().get() == null && step.get() != null && step.get().needsUser()) {
                enter();
            }
        });
        settings().userProperty().addListener((property, before, now) -> {
            if (!adjusting) {
                note.set("");
            }
        });
        settings().addListener(change -> {
            if (open.get() && !adjusting) {
                work();
            }
        });
    }

    /** Opens the tour at its first step, or at the step saying how to open a dataset. */
    public void start() {
        chapter = 0;
        open.set(true);
        enter();
    }

    public void next() {
        if (step.get() == TourStep.OPEN_DATASET) {
            return;
        }
        if (chapter == TourStep.CHAPTERS.size() - 1) {
            close();
            return;
        }
        chapter++;
        enter();
    }

    public void back() {
        if (step.get() != TourStep.OPEN_DATASET && chapter > 0) {
            chapter--;
            enter();
        }
    }

    public void close() {
        open.set(false);
        jobs.discard();
        computing.set(false);
        step.set(null);
        written = null;
    }

    /** Unpacks and opens the demo data; the tour goes on once it is loaded. */
    public void tryDemo() {
        demo.run();
    }

    /** Sets the left panel as the step needs it, then works out its text. */
    private void enter() {
        TourStep now = loaded.getValue() == null ? TourStep.OPEN_DATASET : TourStep.CHAPTERS.get(chapter);
        note.set("");
        adjusting = true;
        try {
            if (now.needsUser()) {
                pickFirstUserIfNone();
            }
            if (now.tutorialMode()) {
                settings().modeProperty().set(NeighbourMode.TUTORIAL);
                settings().measureProperty().set(Measure.EUCLIDEAN);
            }
        } finally {
            adjusting = false;
        }
        computing.set(true);
        step.set(now);
        work();
    }

    private void pickFirstUserIfNone() {
        if (settings().userProperty().get() != null) {
            return;
        }
        recommendations.users().stream().filter(user -> !user.isOwnProfile()).findFirst().ifPresent(first -> {
            settings().userProperty().set(first);
            note.set(messages.format("tour.picked", first.userId()));
        });
    }

    private void work() {
        TourStep current = step.get();
        LoadedDataset data = loaded.getValue();
        RecommendationSettings settings = settings();
        TourInput input = new TourInput(data, settings.userProperty().get(), settings.ownProfileProperty().get(),
                settings.kProperty().get(), settings.nProperty().get(), settings.minVotesProperty().get(),
                settings.rankingProperty().get());
        if (current.needsUser() && !input.hasProfile()) {
            jobs.discard();
            show(current, messages.text(recommendations.users().isEmpty() ? "tour.listingUsers" : "tour.pickUser"));
            computing.set(false);
            return;
        }
        computing.set(true);
        if (current != written) {
            show(current, messages.text("tour.computing"));
        }
        jobs.submit(context -> current.text().apply(texts, input), new JobOutcome<>() {
            @Override
            public void succeeded(String result) {
                show(current, result);
                computing.set(false);
            }

            @Override
            public void failed(Throwable error) {
                show(current, messages.format("tour.failed", FailureReason.of(messages, error)));
                computing.set(false);
            }

            @Override
            public void cancelled() {
            }
        });
    }

    private void show(TourStep about, String value) {
        written = about;
        text.set(value);
    }

    private RecommendationSettings settings() {
        return recommendations.settings();
    }

    /** Whether the tour is shown. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** The step shown; null while the tour is closed. */
    ReadOnlyObjectProperty<TourStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The step's text with its live numbers, or what it waits for. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Whether the step's numbers are being worked out; once false, the text is the step's own. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Said on the step where the tour picked a user itself; empty otherwise. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The chapter shown, from 1; 0 while the tour waits for a dataset or is closed. */
    public int number() {
        TourStep now = step.get();
        return now == null || now == TourStep.OPEN_DATASET ? 0 : chapter + 1;
    }

    public int chapters() {
        return TourStep.CHAPTERS.size();
    }
}
