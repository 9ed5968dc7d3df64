package io.github.movierecommender.ui.profile;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Movie;
import io.github.movierecommender.profile.ImportResult;
import io.github.movierecommender.profile.MarkedMovie;
import io.github.movierecommender.profile.MarkedMoviesCsv;
import io.github.movierecommender.profile.MovieListKind;
import io.github.movierecommender.profile.WatchlistCsv;
import io.github.movierecommender.profile.ProfileException;
import io.github.movierecommender.profile.ProfileRating;
import io.github.movierecommender.profile.ProfileStore;
import io.github.movierecommender.profile.RatingsFile;
import io.github.movierecommender.profile.RatingsImport;
import io.github.movierecommender.profile.SavedProfile;
import io.github.movierecommender.profile.UnreadableFileException;
import io.github.movierecommender.recommend.MovieFilter;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.i18n.ProblemText;
import io.github.movierecommender.ui.recommend.HiddenMovies;
import io.github.movierecommender.ui.recommend.MovieRows;
import io.github.movierecommender.ui.recommend.OwnRatings;
import io.github.movierecommender.ui.recommend.RatedMovie;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobOutcome;
import io.github.movierecommender.ui.task.OrderedJobs;
import io.github.movierecommender.ui.task.SaveJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The person's own profiles: which one is in use, its ratings, and every change to them. Each
 * change is saved through the app's save channel ({@link SaveJobs}), in the order made, before it
 * is shown, never waiting behind a load or an evaluation; a change that could not be saved is
 * reported and the rating shown stays as it was. Reading a file to import runs with the long
 * work. After each save the profile is worked out again for the loaded dataset
 * ({@link #ownProperty()}), so the lists follow without a reload. A damaged profile file tells,
 * once, where it was kept.
 */
public final class ProfileModel {

    public static final String DEFAULT_NAME = "Me";

    private final ProfileStore store;
    private final ObservableValue<LoadedDataset> loaded;
    private final Messages messages;
    private final Consumer<ErrorReport> errors;
    private final Consumer<String> remember;
    private final SaveJobs jobs;
    private final OrderedJobs longJobs;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper currentName = new ReadOnlyStringWrapper(this, "currentName");
    private final ReadOnlyObjectWrapper<OwnRatings> own = new ReadOnlyObjectWrapper<>(this, "own");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<ProfileNotice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<List<MarkedMovie>> hidden =
            new ReadOnlyObjectWrapper<>(this, "hidden", List.of());
    private final ReadOnlyObjectWrapper<List<MarkedMovie>> watchlist =
            new ReadOnlyObjectWrapper<>(this, "watchlist", List.of());
    private final ReadOnlyObjectWrapper<MovieFilter> hiddenFilter =
            new ReadOnlyObjectWrapper<>(this, "hiddenFilter", MovieFilter.ALL);
    private final Set<Path> recoveriesTold = new HashSet<>();
    private Map<Integer, Double> ratings = Map.of();
    private SavedProfile current;

    /**
     * {@code errors} shows what could not be done; {@code remember} keeps the name of the profile
     * in use for the next start.
     */
    public ProfileModel(ProfileStore store, ObservableValue<LoadedDataset> loaded, BackgroundTasks tasks,
                        Messages messages, Consumer<ErrorReport> errors, Consumer<String> remember) {
        this.store = store;
        this.loaded = loaded;
        this.messages = messages;
        this.errors = errors;
        this.remember = remember;
        this.jobs = tasks.saves();
        this.longJobs = tasks.inOrder();
        loaded.addListener((property, before, now) -> refresh());
    }

    /**
     * Opens the profile named {@code preferred}, or else the default one, which is made when the
     * store has no profile yet.
     */
    public void start(Optional<String> preferred) {
        submit(dataset -> {
            List<String> all = store.list();
            String name = preferred.filter(all::contains)
                    .or(() -> all.stream().filter(DEFAULT_NAME::equalsIgnoreCase).findFirst())
                    .or(() -> all.stream().findFirst())
                    .orElse(null);
            return state(name == null ? store.create(DEFAULT_NAME) : store.load(name), dataset);
        });
    }

    /** Uses the profile named {@code name}, as its file is now. */
    public void switchTo(String name) {
        submit(dataset -> state(store.load(name), dataset));
    }

    /**
     * Reads the profile in use again, for ratings given since in another window or by hand; the
     * lists follow only when it changed. Nobody asked for it, so a failure is not told: the next
     * change, which reads the file too, tells it.
     */
    public void reload() {
        SavedProfile profile = current;
        if (profile == null) {
            return;
        }
        LoadedDataset dataset = loaded.getValue();
        jobs.submit(context -> {
            List<ProfileRating> before = profile.ratings();
            profile.reload();
            return profile.ratings().equals(before) ? Optional.<ProfileState>empty()
                    : Optional.of(state(profile, dataset));
        }, new JobOutcome<>() {
            @Override
            public void succeeded(Optional<ProfileState> changed) {
                changed.ifPresent(ProfileModel.this::show);
            }

            @Override
            public void failed(Throwable error) {
            }

            @Override
            public void cancelled() {
            }
        });
    }

    /** Makes a new, empty profile and uses it. */
    public void create(String name) {
        save(messages.format("profile.unsavedCreate", name.strip()),
                dataset -> state(store.create(name.strip()), dataset));
    }

    /** Renames the profile in use. */
    public void rename(String newName) {
        SavedProfile profile = current;
        if (profile != null) {
            save(messages.format("profile.unsavedRename", profile.name(), newName.strip()), dataset -> {
                store.rename(profile.name(), newName.strip());
                return state(profile, dataset);
            });
        }
    }

    /** Deletes the profile in use for good (the caller has asked) and uses another, or a new default one. */
    public void delete() {
        SavedProfile profile = current;
        if (profile != null) {
            save(messages.format("profile.unsavedDelete", profile.name()), dataset -> {
                store.delete(profile.name());
                List<String> left = store.list();
                return state(left.isEmpty() ? store.create(DEFAULT_NAME) : store.load(left.get(0)), dataset);
            });
        }
    }

    /** Rates a movie of the profile in use: half stars from 0.5 to 5; 0 removes the rating. */
    public void rate(int movieId, double stars) {
        SavedProfile profile = current;
        if (profile == null || stars == ratingOf(movieId)) {
            return;
        }
        String what = stars == 0 ? messages.format("profile.unsavedRemoval", movieName(movieId))
                : messages.format("profile.unsavedRating", movieName(movieId), stars);
        save(what, dataset -> {
            if (stars == 0) {
                profile.unrate(movieId);
            } else {
                profile.rate(movieId, stars);
            }
            return state(profile, dataset);
        });
    }

    /**
     * Puts a movie on the profile in use's list of that kind ({@code on}) or takes it off; saved
     * as a rating is, and {@code done} hears, on the UI thread, once it is saved.
     */
    public void mark(MovieListKind kind, int movieId, boolean on, Runnable done) {
        SavedProfile profile = current;
        if (profile == null) {
            return;
        }
        String key = kind == MovieListKind.HIDDEN ? on ? "act.unsavedHide" : "act.unsavedUnhide"
                : on ? "act.unsavedWatch" : "act.unsavedUnwatch";
        LoadedDataset dataset = loaded.getValue();
        jobs.save(messages.format(key, movieName(movieId)), context -> {
            if (on) {
                profile.mark(kind, movieId);
            } else {
                profile.unmark(kind, movieId);
            }
            return state(profile, dataset);
        }, outcome(state -> {
            show(state);
            done.run();
        }, "profile.saveFailedTitle"));
    }

    /** Writes the profile in use's watchlist as a CSV with titles ({@link WatchlistCsv}) to {@code target}. */
    public void exportWatchlist(Path target) {
        SavedProfile profile = current;
        LoadedDataset dataset = loaded.getValue();
        if (profile != null && dataset != null) {
            jobs.save(messages.format("act.unsavedWatchlistExport", target), context -> {
                WatchlistCsv.write(target, profile.marked(MovieListKind.WATCHLIST), dataset.dataset());
                return target;
            }, outcome(written -> tell(new ProfileNotice(messages.text("act.watchlistExportedTitle"),
                    messages.format("act.watchlistExported", profile.marked(MovieListKind.WATCHLIST).size(),
                            written))), "act.watchlistExportFailedTitle"));
        }
    }

    /**
     * Imports the ratings of one user of a MovieLens ratings CSV into the profile in use; when the
     * file holds several users, {@code chooseUser} picks one (empty: nothing is imported). Ratings
     * already in the profile are kept unless the imported one is newer; the notice says what happened.
     */
    public void importFrom(Path file, Function<RatingsImport, Optional<Integer>> chooseUser) {
        SavedProfile profile = current;
        if (profile == null) {
            return;
        }
        longJobs.submit(context -> new Scanned(RatingsImport.scan(file), hasListsBeside(file)), outcome(scanned -> {
            RatingsImport scan = scanned.scan();
            if (scan.userIds().isEmpty() && scanned.lists()) {
                saveImported(profile, scan, RatingsFile.PROFILE_USER_ID, List.of());
                return;
            }
            if (scan.userIds().isEmpty()) {
                errors.accept(ErrorReport.of(messages.text("profile.importFailedTitle"),
                        messages.format("profile.importNothing", file) + skipped(scan)));
                return;
            }
            Optional<Integer> user = scan.userIds().size() == 1 ? Optional.of(scan.userIds().get(0))
                    : chooseUser.apply(scan);
            user.ifPresent(userId -> importUser(profile, scan, userId));
        }, "profile.importFailedTitle"));
    }

    private void importUser(SavedProfile profile, RatingsImport scan, int userId) {
        longJobs.submit(context -> scan.ratingsOf(userId),
                outcome(ratings -> saveImported(profile, scan, userId, ratings), "profile.importFailedTitle"));
    }

    private void saveImported(SavedProfile profile, RatingsImport scan, int userId, List<ProfileRating> ratings) {
        LoadedDataset dataset = loaded.getValue();
        jobs.save(messages.format("profile.unsavedImport", scan.file()), context -> {
            ImportResult result = profile.importRatings(ratings);
            Map<MovieListKind, Integer> listsAdded = new EnumMap<>(MovieListKind.class);
            for (MovieListKind kind : MovieListKind.values()) {
                Optional<MarkedMoviesCsv> list = kind.readBesides(scan.file());
                if (list.isPresent()) {
                    listsAdded.put(kind, profile.importMarked(kind, list.get().movies()));
                }
            }
            return new Imported(result, listsAdded, state(profile, dataset));
        }, outcome(imported -> {
            show(imported.state());
            ImportResult result = imported.result();
            tell(new ProfileNotice(messages.text("profile.importedTitle"),
                    messages.format("profile.imported", scan.file().getFileName(), userId, result.added(),
                            result.replaced(), result.ignored())
                            + (imported.listsAdded().isEmpty() ? "" : "\n\n" + messages.format("act.listsImported",
                                    imported.listsAdded().getOrDefault(MovieListKind.HIDDEN, 0),
                                    imported.listsAdded().getOrDefault(MovieListKind.WATCHLIST, 0)))
                            + skipped(scan)));
        }, "profile.importFailedTitle"));
    }

    private String skipped(RatingsImport scan) {
        if (scan.badLineCount() == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n\n").append(messages.format("profile.skippedLines",
                scan.badLineCount()));
        ProblemText problems = new ProblemText(messages);
        scan.badLines().forEach(line -> text.append('\n').append(problems.of(line)));
        return text.toString();
    }

    /** Shows {@code told} as the latest notice; the same notice twice is shown twice. */
    private void tell(ProfileNotice told) {
        notice.set(null);
        notice.set(told);
    }

    /** Writes the profile in use as a MovieLens ratings CSV. */
    public void exportTo(Path target) {
        SavedProfile profile = current;
        if (profile != null) {
            jobs.save(messages.format("profile.unsavedExport", profile.name(), target), context -> {
                profile.exportTo(target);
                return target;
            }, outcome(written -> tell(new ProfileNotice(messages.text("profile.exportedTitle"),
                    messages.format("profile.exported", profile.name(), written))), "profile.exportFailedTitle"));
        }
    }

    /** The profile in use's rating of a movie, in stars; 0 when it is not rated. */
    public double ratingOf(int movieId) {
        return ratings.getOrDefault(movieId, 0.0);
    }

    /** Works the profile out again for the dataset now loaded. */
    private void refresh() {
        SavedProfile profile = current;
        if (profile != null) {
            submit(dataset -> state(profile, dataset));
        }
    }

    /** Runs {@code job}, which saves nothing, in its place among the saves. */
    private void submit(ProfileJob job) {
        LoadedDataset dataset = loaded.getValue();
        jobs.submit(context -> job.run(dataset), outcome(this::show, "profile.saveFailedTitle"));
    }

    /** Saves {@code what} (in the user's words) by running {@code job}, after every change made before. */
    private void save(String what, ProfileJob job) {
        LoadedDataset dataset = loaded.getValue();
        jobs.save(what, context -> job.run(dataset), outcome(this::show, "profile.saveFailedTitle"));
    }

    /** The movie's title and year when the loaded dataset has it, else its number. */
    private String movieName(int movieId) {
        LoadedDataset dataset = loaded.getValue();
        int m = dataset == null ? -1 : dataset.dataset().movies().indexOf(movieId);
        if (m < 0) {
            return messages.format("profile.movieNumber", movieId);
        }
        Movie movie = dataset.dataset().movies().at(m);
        return movie.year() == Movie.NO_YEAR ? movie.displayTitle() : movie.displayTitle() + " (" + movie.year() + ")";
    }

    private void show(ProfileState state) {
        current = state.profile();
        Map<Integer, Double> shown = new HashMap<>();
        state.ratings().forEach(rating -> shown.put(rating.movieId(), rating.rating()));
        ratings = shown;
        names.setAll(state.names());
        currentName.set(state.profile().name());
        own.set(state.own());
        hidden.set(state.hidden());
        watchlist.set(state.watchlist());
        hiddenFilter.set(state.hiddenFilter());
        revision.set(revision.get() + 1);
        remember.accept(state.profile().name());
        state.profile().recovery().filter(recovery -> recoveriesTold.add(recovery.keptAs()))
                .ifPresent(recovery -> tell(new ProfileNotice(messages.text("profile.recoveredTitle"),
                        new ProblemText(messages).of(recovery.problem()))));
        state.profile().listRecoveries().stream().filter(recovery -> recoveriesTold.add(recovery.keptAs()))
                .forEach(recovery -> tell(new ProfileNotice(messages.text("profile.recoveredTitle"),
                        new ProblemText(messages).of(recovery.problem()))));
    }

    /** A failure is reported, and {@link #revisionProperty()} moves on so controls show the ratings as they are. */
    private <T> JobOutcome<T> outcome(Consumer<T> use, String failureTitle) {
        return new JobOutcome<>() {
            @Override
            public void succeeded(T result) {
                use.accept(result);
            }

            @Override
            public void failed(Throwable error) {
                revision.set(revision.get() + 1);
                errors.accept(error instanceof UnreadableFileException unreadable
                        ? ErrorReport.of(messages.text(failureTitle), new ProblemText(messages).of(unreadable.badLine()))
                        : error instanceof ProfileException problem
                        ? ErrorReport.of(messages.text(failureTitle), new ProblemText(messages).of(problem.problem()))
                        : error instanceof IllegalArgumentException
                        ? ErrorReport.of(messages.text(failureTitle), error.getMessage())
                        : ErrorReport.unexpected(messages, messages.text(failureTitle),
                                messages.format("error.unexpectedMessage", error), error));
            }

            @Override
            public void cancelled() {
            }
        };
    }

    private ProfileState state(SavedProfile profile, LoadedDataset dataset) throws ProfileException {
        List<ProfileRating> rated = profile.ratings();
        List<MarkedMovie> hiddenNow = profile.marked(MovieListKind.HIDDEN);
        return new ProfileState(profile, rated, store.list(), dataset == null ? null : ownRatings(profile, dataset),
                hiddenNow, profile.marked(MovieListKind.WATCHLIST),
                dataset == null ? MovieFilter.ALL : HiddenMovies.of(dataset.dataset(), hiddenNow));
    }

    private static OwnRatings ownRatings(SavedProfile saved, LoadedDataset loaded) {
        Dataset dataset = loaded.dataset();
        Profile profile = saved.toProfile(dataset);
        List<RatedMovie> rated = new ArrayList<>();
        for (ProfileRating rating : saved.ratings()) {
            int m = dataset.movies().indexOf(rating.movieId());
            if (m >= 0) {
                Movie movie = dataset.movies().at(m);
                rated.add(new RatedMovie(m, movie.id(), movie.displayTitle(), movie.year(), MovieRows.genres(movie),
                        rating.rating(), LocalDate.ofInstant(Instant.ofEpochSecond(rating.timestamp()), ZoneOffset.UTC)));
            }
        }
        return new OwnRatings(saved.name(), dataset, profile, rated);
    }

    /** Every profile's name, in alphabetical order. */
    public ObservableList<String> names() {
        return FXCollections.unmodifiableObservableList(names);
    }

    /** The name of the profile in use; null until one is opened. */
    public ReadOnlyStringProperty currentNameProperty() {
        return currentName.getReadOnlyProperty();
    }

    /** The profile in use as the loaded dataset sees it; null while no profile is open or no dataset loaded. */
    public ReadOnlyObjectProperty<OwnRatings> ownProperty() {
        return own.getReadOnlyProperty();
    }

    /** Moves on after every change tried, saved or not: rating controls then show {@link #ratingOf} again. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The profile in use's hidden movies, ascending by movie id; none while no profile is open. */
    public ReadOnlyObjectProperty<List<MarkedMovie>> hiddenProperty() {
        return hidden.getReadOnlyProperty();
    }

    /** The profile in use's watchlist, ascending by movie id; none while no profile is open. */
    public ReadOnlyObjectProperty<List<MarkedMovie>> watchlistProperty() {
        return watchlist.getReadOnlyProperty();
    }

    /** What leaves the hidden movies out of the loaded dataset's lists; {@link MovieFilter#ALL} while none is hidden. */
    public ReadOnlyObjectProperty<MovieFilter> hiddenFilterProperty() {
        return hiddenFilter.getReadOnlyProperty();
    }

    /** The movie's title and year when the loaded dataset has it, else its number. */
    public String nameOf(int movieId) {
        return movieName(movieId);
    }

    /** The latest notice for the user; a new one replaces it. */
    public ReadOnlyObjectProperty<ProfileNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    @FunctionalInterface
    private interface ProfileJob {
        ProfileState run(LoadedDataset dataset) throws ProfileException;
    }

    private record Imported(ImportResult result, Map<MovieListKind, Integer> listsAdded, ProfileState state) {
    }

    /** A ratings file read for its users, and whether a profile export's lists lie beside it. */
    private record Scanned(RatingsImport scan, boolean lists) {
    }

    private static boolean hasListsBeside(Path file) {
        return Arrays.stream(MovieListKind.values()).anyMatch(kind -> Files.exists(kind.besides(file)));
    }
}
