package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.appdata.MemoryAdvice;
import io.github.movierecommender.recommend.BuildMonitor;
import io.github.movierecommender.recommend.GenreParams;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.Recommender;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.error.FailureReason;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.AfterOpening;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobContext;
import io.github.movierecommender.ui.task.JobOutcome;
import io.github.movierecommender.ui.task.LatestJobs;
import io.github.movierecommender.ui.task.QuickWork;
import io.github.movierecommender.ui.task.SideJobs;
import io.github.movierecommender.ui.task.SideJobs.SideJob;
import io.github.movierecommender.ui.timing.ShownStep;
import io.github.movierecommender.ui.timing.ShownSteps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The recommendation side of the app: the person's own profile and the loaded dataset's users,
 * the settings, and the lists,
 * neighbours and own ratings of the picked user. Every change of a setting asks for the lists
 * again on the background thread, latest request wins, so dragging a slider shows the lists for
 * where it is; the lists shown stay until the new ones arrive. When they arrive, the details of a
 * movie picked in a list are worked out again from its new row, or cleared if it is no longer listed.
 * The own profile heads the user picker; each of its new ratings recomputes the lists, no reload.
 * A list whose method trains first (its {@link io.github.movierecommender.recommend.Abilities} say
 * so) is trained once per dataset beside the other work, with its progress and a cancel, once the
 * users are listed and the list is first in sight (see {@link #showLists}), as training takes
 * cores and memory a list never looked at does not need; the other lists do not wait for it, and
 * it steps aside while the lists are worked out (see {@link QuickWork}). With timings on, it times
 * how long the lists take to show after a pick ({@value #PICK_STEP}), a move of the k or n slider
 * ({@value #SLIDER_STEP}), and, for the opening step it is given, until the users are listed and
 * any lists shown.
 */
public final class RecommendationModel {

    private static final int NO_USER = Integer.MIN_VALUE;
    /** From a pick in the user picker until the lists and the user's ratings show. */
    public static final String PICK_STEP = "pick-to-lists";
    /** From a move of the k or n slider until the lists show. */
    public static final String SLIDER_STEP = "slider-to-lists";

    private final Messages messages;
    private final RecommendationSettings settings = new RecommendationSettings();
    private final PickedMovieDetails details;
    private final LatestJobs<List<UserChoice>> userJobs;
    private final LatestJobs<Recommendations> listJobs;
    private final LatestJobs<List<RatedMovie>> ratingJobs;
    private final ObservableList<UserChoice> users = FXCollections.observableArrayList();
    private final ObservableList<RatedMovie> userRatings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyObjectWrapper<Recommendations> recommendations =
            new ReadOnlyObjectWrapper<>(this, "recommendations");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private final ObservableValue<OwnRatings> own;
    private final ShownLists lists;
    private final SideJobs trainings;
    private final QuickWork quickWork;
    private final Map<Method, ReadOnlyObjectWrapper<BuildState>> builds = new LinkedHashMap<>();
    private final Map<Method, SideJob> training = new HashMap<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyBooleanWrapper ownPicked = new ReadOnlyBooleanWrapper(this, "ownPicked");
    private final ReadOnlyObjectWrapper<OwnRatings> ownShown = new ReadOnlyObjectWrapper<>(this, "ownShown");
    private UserChoice ownEntry;
    /** The dataset user picked before another dataset was opened, to pick again once listed. */
    private int keptUserId = NO_USER;
    private RecommendationSession session;
    private RecommendationRequest asked;
    /** The lists the user sees now, whose methods train once the users are listed. */
    private List<ShownList> inSight = List.of();
    /** Whether the neighbour inspector follows the neighbour list's neighbours. */
    private boolean neighboursFollowed;
    private MovieSelection selected;
    private final ShownStep pickShown;
    private final ShownStep sliderShown;
    private final ShownStep opening;
    private final AfterOpening afterOpening;
    private boolean ratingsPending;
    private final ReadOnlyBooleanWrapper usersListed = new ReadOnlyBooleanWrapper(this, "usersListed");
    /**
     * Whether the lists shown next end the latest opening: lists of the dataset before, redone while
     * the next one loads, must not end that opening.
     */
    private boolean openingToShow;

    /** {@code details} shows the movie picked in a list. */
    public RecommendationModel(ReadOnlyObjectProperty<LoadedDataset> loaded, PickedMovieDetails details,
                               BackgroundTasks tasks, Messages messages) {
        this(loaded, new SimpleObjectProperty<>(), details, tasks, messages);
    }

    /** {@code own} is the person's own profile in the loaded dataset, or null while there is none. */
    public RecommendationModel(ReadOnlyObjectProperty<LoadedDataset> loaded, ObservableValue<OwnRatings> own,
                               PickedMovieDetails details, BackgroundTasks tasks, Messages messages) {
        this(loaded, own, details, tasks, messages, ShownLists.ofRegistry());
    }

    /** {@code lists} are the lists shown, with their methods. */
    public RecommendationModel(ReadOnlyObjectProperty<LoadedDataset> loaded, ObservableValue<OwnRatings> own,
                               PickedMovieDetails details, BackgroundTasks tasks, Messages messages,
                               ShownLists lists) {
        this(loaded, own, details, tasks, messages, lists, ShownSteps.OFF, ShownStep.NONE);
    }

    /**
     * {@code steps} time the picks and slider moves; {@code opening}, started as a dataset is
     * opened, is shown once its users are listed and the lists of any user picked then show.
     */
    public RecommendationModel(ReadOnlyObjectProperty<LoadedDataset> loaded, ObservableValue<OwnRatings> own,
                               PickedMovieDetails details, BackgroundTasks tasks, Messages messages,
                               ShownLists lists, ShownSteps steps, ShownStep opening) {
        this(loaded, own, details, tasks, messages, lists, steps, opening, AfterOpening.never());
    }

    /** As above; {@code afterOpening} is settled once the users are listed and the lists of any user picked then show. */
    public RecommendationModel(ReadOnlyObjectProperty<LoadedDataset> loaded, ObservableValue<OwnRatings> own,
                               PickedMovieDetails details, BackgroundTasks tasks, Messages messages,
                               ShownLists lists, ShownSteps steps, ShownStep opening, AfterOpening afterOpening) {
        this.afterOpening = afterOpening;
        this.messages = messages;
        this.pickShown = steps.step(PICK_STEP);
        this.sliderShown = steps.step(SLIDER_STEP);
        this.opening = opening;
        this.own = own;
        this.lists = lists;
        this.trainings = tasks.sideJobs();
        this.quickWork = tasks.quickWork();
        lists.trained().forEach(method -> builds.put(method, new ReadOnlyObjectWrapper<>(this, method.name() + "Build")));
        this.details = details;
        this.userJobs = tasks.latestOnly();
        this.listJobs = tasks.latestOnly();
        this.ratingJobs = tasks.latestOnly();
        loaded.addListener((property, before, now) -> use(now));
        settings.userProperty().addListener((property, before, now) -> {
            if (now != null) {
                pickShown.start();
            }
            ownPicked.set(now != null && now.isOwnProfile());
            showRatingsOf(now);
        });
        settings.kProperty().addListener(change -> sliderShown.start());
        settings.nProperty().addListener(change -> sliderShown.start());
        settings.modeProperty().addListener(change -> trainInSight());
        settings.addListener(change -> refresh());
        own.addListener((property, before, now) -> useOwn(now));
        use(loaded.get());
    }

    /**
     * Takes the own profile's latest state: its picker entry follows its name, and while it is
     * picked its ratings and lists follow it. A state made for another dataset than the one in
     * use is not shown; the state for the new one follows.
     */
    private void useOwn(OwnRatings now) {
        OwnRatings usable = now != null && session != null && now.dataset() == session.dataset() ? now : null;
        UserChoice entry = now == null ? null : UserChoice.ownProfile(messages.format("profile.userEntry", now.name()));
        if (!Objects.equals(entry, ownEntry)) {
            boolean picked = ownPicked.get();
            int shownAt = ownEntry == null ? -1 : users.indexOf(ownEntry);
            ownEntry = entry;
            if (shownAt >= 0 && entry != null) {
                // Replaced in place: one change, so the picker's index of the users is made again once, not twice.
                users.set(shownAt, entry);
            } else {
                if (shownAt >= 0) {
                    users.remove(shownAt);
                }
                if (entry != null && session != null) {
                    users.add(0, entry);
                }
            }
            settings.userProperty().set(picked ? entry : settings.userProperty().get());
        }
        settings.ownProfileProperty().set(usable == null ? null : usable.profile());
        if (ownPicked.get()) {
            showRatings(usable == null ? List.of() : usable.rated());
        }
        ownShown.set(usable);
    }

    /**
     * Takes a newly loaded dataset: the user picked stays picked, the own profile at once, a
     * user of the dataset once the users are listed, if the new dataset has them.
     */
    private void use(LoadedDataset loaded) {
        UserChoice before = settings.userProperty().get();
        keptUserId = before == null || before.isOwnProfile() ? NO_USER : before.userId();
        userJobs.discard();
        usersListed.set(false);
        openingToShow = true;
        settings.userProperty().set(null);
        users.clear();
        cancelTrainings();
        training.clear();
        builds.values().forEach(state -> state.set(null));
        session = loaded == null ? null : new RecommendationSession(loaded, lists);
        available.set(loaded != null);
        ownEntry = null;
        useOwn(own.getValue());
        if (before != null && before.isOwnProfile() && ownEntry != null) {
            settings.userProperty().set(ownEntry);
        }
        if (loaded != null) {
            userJobs.submit(context -> UserChoices.of(loaded.dataset(), messages),
                    outcome(this::showUsers, this::showUsers));
        }
    }

    /**
     * Trains the method making {@code list} in the chosen mode for the dataset in use, beside the
     * other work; once trained, the lists are worked out again with it. Does nothing while it
     * trains or is trained, or when it does not train first.
     */
    public void train(ShownList list) {
        train(lists.methodFor(list, settings.modeProperty().get()));
    }

    private void train(Method method) {
        ReadOnlyObjectWrapper<BuildState> state = builds.get(method);
        if (state == null || session == null || state.get() instanceof BuildState.Training
                || state.get() instanceof BuildState.Built) {
            return;
        }
        RecommendationSession current = session;
        state.set(new BuildState.Training(0));
        training.put(method, trainings.start(context -> current.build(method, monitor(context, quickWork)),
                fraction -> state.set(new BuildState.Training(fraction)), new JobOutcome<>() {
                    @Override
                    public void succeeded(Recommender result) {
                        training.remove(method);
                        state.set(new BuildState.Built());
                        asked = null;
                        refresh();
                    }

                    @Override
                    public void failed(Throwable error) {
                        training.remove(method);
                        state.set(new BuildState.Failed(MemoryAdvice.isOutOfMemory(error)
                                ? ErrorReport.outOfMemory(messages).message() : FailureReason.of(messages, error)));
                    }

                    @Override
                    public void cancelled() {
                        if (current == session) {
                            training.remove(method);
                            state.set(new BuildState.Cancelled());
                        }
                    }
                }));
    }

    /**
     * Tells which lists the user sees now: a list's own tab, the neighbours of the neighbour list,
     * or every list side by side. Each of them whose method trains first and was not trained for
     * this dataset yet trains, once the users are listed; so does one that comes in sight when the
     * neighbour mode changes. A training that failed or was cancelled waits for {@link #train}.
     */
    public void showLists(List<ShownList> shown) {
        inSight = List.copyOf(shown);
        trainInSight();
    }

    /**
     * Tells whether a window beside the lists, the neighbour inspector, follows the neighbour
     * list's neighbours: meanwhile that list counts as in sight (see {@link #showLists}), whichever
     * tab is chosen.
     */
    public void followNeighbours(boolean following) {
        neighboursFollowed = following;
        trainInSight();
    }

    private void trainInSight() {
        if (!usersListed.get()) {
            return;
        }
        List<ShownList> seen = new ArrayList<>(inSight);
        if (neighboursFollowed) {
            seen.add(ShownList.NEIGHBOUR);
        }
        for (ShownList list : seen) {
            Method method = lists.methodFor(list, settings.modeProperty().get());
            ReadOnlyObjectWrapper<BuildState> state = builds.get(method);
            if (state != null && state.get() == null) {
                train(method);
            }
        }
    }

    /** Stops the training of {@code list}'s method; its tab says so and offers to train again. */
    public void cancelTraining(ShownList list) {
        SideJob job = training.get(lists.methodFor(list, settings.modeProperty().get()));
        if (job != null) {
            job.cancel();
        }
    }

    /** Stops every training, as the app closes: none of them changes the lists afterwards. */
    public void cancelTrainings() {
        training.values().forEach(SideJob::cancel);
    }

    /** Between its steps, a training leaves the cores to the lists someone waits for. */
    private static BuildMonitor monitor(JobContext context, QuickWork quickWork) {
        return new BuildMonitor() {
            @Override
            public void progress(double fraction) {
                context.reportProgress(fraction);
            }

            @Override
            public boolean isCancelled() {
                quickWork.awaitNone();
                return context.isCancelled();
            }
        };
    }

    /** Keeps the own profile's entry in place, so that it stays picked if it is. */
    private void showUsers(List<UserChoice> datasetUsers) {
        int kept = ownEntry != null && !users.isEmpty() && users.get(0).equals(ownEntry) ? 1 : 0;
        users.remove(kept, users.size());
        users.addAll(datasetUsers);
        if (kept == 0 && ownEntry != null) {
            users.add(0, ownEntry);
        }
        if (keptUserId != NO_USER && settings.userProperty().get() == null) {
            datasetUsers.stream().filter(user -> user.userId() == keptUserId).findFirst()
                    .ifPresent(settings.userProperty()::set);
        }
        keptUserId = NO_USER;
        usersListed.set(true);
        timeShown();
        trainInSight();
    }

    private void showUsers() {
        showUsers(List.of());
    }

    private void refresh() {
        RecommendationRequest request = settings.request().orElse(null);
        if (request == null || session == null) {
            asked = null;
            listJobs.discard();
            computing.set(false);
            recommendations.set(null);
            failure.set(null);
            timeShown();
            return;
        }
        if (request.equals(asked)) {
            timeShown();
            return;
        }
        asked = request;
        RecommendationSession current = session;
        computing.set(true);
        listJobs.submit(context -> current.recommend(request), outcome(result -> {
            computing.set(false);
            failure.set(null);
            recommendations.set(result);
            reselect(result);
            timeShown();
        }, () -> {
            computing.set(false);
            recommendations.set(null);
            timeShown();
        }));
    }

    private void showRatingsOf(UserChoice user) {
        clearDetails();
        userRatings.clear();
        ratingsPending = false;
        if (user == null || session == null) {
            ratingJobs.discard();
            return;
        }
        if (user.isOwnProfile()) {
            ratingJobs.discard();
            OwnRatings shown = ownShown.get();
            showRatings(shown == null ? List.of() : shown.rated());
            return;
        }
        RecommendationSession current = session;
        ratingsPending = true;
        ratingJobs.submit(context -> newestFirst(current.ratingsOf(user.userId())), outcome(rated -> {
            ratingsPending = false;
            userRatings.setAll(rated);
            timeShown();
        }, () -> {
            ratingsPending = false;
            userRatings.clear();
            timeShown();
        }));
    }

    /** Once nothing asked for is still being worked out, the steps waiting for it are shown. */
    private void timeShown() {
        if (computing.get() || ratingsPending) {
            return;
        }
        pickShown.shown();
        sliderShown.shown();
        if (usersListed.get() && openingToShow) {
            openingToShow = false;
            opening.shown();
            afterOpening.settle();
        }
    }

    private void showRatings(List<RatedMovie> rated) {
        userRatings.setAll(newestFirst(rated));
    }

    /**
     * Newest first, ties in a fixed order, so that the table's own sort by date, a stable one,
     * keeps it; a dataset user's thousands of ratings are sorted on the background thread.
     */
    private static List<RatedMovie> newestFirst(List<RatedMovie> rated) {
        return rated.stream().sorted(RatedMovie.NEWEST_FIRST).toList();
    }

    /** Shows the details of a movie picked in a list, for the picked user. */
    public void select(MovieSelection selection) {
        UserChoice user = settings.userProperty().get();
        Profile ownProfile = settings.ownProfileProperty().get();
        if (user != null && session != null && (!user.isOwnProfile() || ownProfile != null)) {
            selected = selection;
            details.show(session, user.userId(), user.isOwnProfile() ? ownProfile : null, selection,
                    new GenreParams(settings.minVotesProperty().get(), settings.nProperty().get()),
                    settings.hiddenProperty().get());
        }
    }

    /**
     * Brings the details up to date with new lists: a movie picked in one of the lists is
     * shown with its new row's explanation, or no longer shown if that list dropped it; any other
     * pick is shown again, as its "more like this" follows n and the minimum votes.
     */
    private void reselect(Recommendations lists) {
        MovieSelection shown = selected;
        if (shown == null) {
            return;
        }
        RankedList pickedIn = lists.list(shown.from().id());
        if (pickedIn == null) {
            select(shown);
            return;
        }
        pickedIn.rows().stream().filter(row -> row.movieIndex() == shown.movieIndex()).findFirst().ifPresentOrElse(
                row -> select(new MovieSelection(shown.from(), row.movieIndex(), row.explanation())),
                this::clearDetails);
    }

    private void clearDetails() {
        selected = null;
        details.clear();
    }

    /** On failure, {@code forget} drops what was shown, which no longer matches the settings. */
    private <T> JobOutcome<T> outcome(Consumer<T> use, Runnable forget) {
        return new JobOutcome<>() {
            @Override
            public void succeeded(T result) {
                use.accept(result);
            }

            @Override
            public void failed(Throwable error) {
                forget.run();
                failure.set(messages.format("results.failed", MemoryAdvice.isOutOfMemory(error)
                        ? ErrorReport.outOfMemory(messages).message() : FailureReason.of(messages, error)));
            }

            @Override
            public void cancelled() {
            }
        };
    }

    public RecommendationSettings settings() {
        return settings;
    }

    /** The session of the dataset in use, for background work on the lists shown; null while none is loaded. */
    public RecommendationSession session() {
        return session;
    }

    /** The loaded dataset's users in id order; empty while none is loaded or they are being listed. */
    public ObservableList<UserChoice> users() {
        return FXCollections.unmodifiableObservableList(users);
    }

    /**
     * Whether the loaded dataset's users are listed: false while none is loaded and while they are
     * being listed, though the own profile's entry may be listed already.
     */
    public ReadOnlyBooleanProperty usersListedProperty() {
        return usersListed.getReadOnlyProperty();
    }

    /** The picked user's own ratings. */
    public ObservableList<RatedMovie> userRatings() {
        return FXCollections.unmodifiableObservableList(userRatings);
    }

    /** Whether the user picked is the person's own profile. */
    public ReadOnlyBooleanProperty ownPickedProperty() {
        return ownPicked.getReadOnlyProperty();
    }

    /** The own profile in the dataset in use; null while there is none or it is being worked out. */
    public ReadOnlyObjectProperty<OwnRatings> ownProperty() {
        return ownShown.getReadOnlyProperty();
    }

    /** Picks the person's own profile, once it is listed. */
    public void pickOwnProfile() {
        if (ownEntry != null && session != null) {
            settings.userProperty().set(ownEntry);
        }
    }

    /** Whether a dataset is loaded, so there is something to pick. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** The latest lists; null while no user is picked. */
    public ReadOnlyObjectProperty<Recommendations> recommendationsProperty() {
        return recommendations.getReadOnlyProperty();
    }

    /** The lists shown, in tab order: those whose methods are registered. */
    public List<ShownList> shownLists() {
        return lists.shown();
    }

    /** The latest rows of {@code list}; null while no user is picked or its method trains. */
    public ObservableValue<RankedList> listProperty(ShownList list) {
        return recommendations.map(shown -> shown.list(list.id()));
    }

    public ObservableValue<RankedList> popularProperty() {
        return listProperty(ShownList.POPULAR);
    }

    public ObservableValue<RankedList> genreProperty() {
        return listProperty(ShownList.GENRE);
    }

    public ObservableValue<RankedList> neighbourProperty() {
        return listProperty(ShownList.NEIGHBOUR);
    }

    /**
     * How far the training of the method making {@code list} in the chosen mode is; null while
     * that method does not train first, while no dataset is loaded, and until its training is asked
     * for (its list in sight, or {@link #train}).
     */
    public ObservableValue<BuildState> buildProperty(ShownList list) {
        List<Observable> dependencies = new ArrayList<>(builds.values());
        dependencies.add(settings.modeProperty());
        return Bindings.createObjectBinding(() -> {
            ReadOnlyObjectWrapper<BuildState> state = builds.get(lists.methodFor(list,
                    settings.modeProperty().get()));
            return state == null ? null : state.get();
        }, dependencies.toArray(Observable[]::new));
    }

    /**
     * How {@code list} is made, said under it: for the neighbour-based list, which neighbours each
     * movie's score comes from, as the table of nearest neighbours is not all of them; empty for
     * the others and while no lists are shown.
     */
    public ObservableValue<String> listNote(ShownList list) {
        return recommendations.map(shown -> !list.equals(ShownList.NEIGHBOUR) ? ""
                : shown.request().mode() == NeighbourMode.TUTORIAL
                ? messages.format("results.neighbourNote.tutorial", shown.request().k())
                : messages.format("results.neighbourNote.default", shown.request().k())).orElse("");
    }

    /** Whether lists asked for are being worked out: the lists shown are for earlier settings, or none. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** What went wrong working out the last lists, for the user; null when nothing did. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
