package io.github.movierecommender.ui.act;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.profile.MarkedMovie;
import io.github.movierecommender.profile.MovieListKind;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.profile.ProfileModel;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * What a person can do with a movie from any list or from its details: rate it, hide it ("Not
 * interested"), put it on the watchlist or take it off. All of it goes to the person's own
 * profile (the one in use in the Profiles menu), also while a user of the dataset is shown: a
 * dataset user's ratings are the dataset's and never change; their lists then stay as they are
 * for a rating, and the notice says where the change went and offers the own lists. Hidden
 * movies are left out of every list shown. Every change can be undone, the latest first.
 */
public final class MovieActions {

    /** A change made, what Undo says for it, and how to take it back. */
    private record Undo(String done, String label, Runnable revert) {
    }

    private final ProfileModel profiles;
    private final RecommendationModel recommendations;
    private final ObservableValue<LoadedDataset> loaded;
    private final Messages messages;
    private final Deque<Undo> undos = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<ActionNotice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");

    public MovieActions(ProfileModel profiles, RecommendationModel recommendations,
                        ObservableValue<LoadedDataset> loaded, Messages messages) {
        this.profiles = profiles;
        this.recommendations = recommendations;
        this.loaded = loaded;
        this.messages = messages;
        undoText.set(messages.text("act.undoNothing"));
        profiles.currentNameProperty().addListener((property, before, now) -> forgetUndos());
        loaded.addListener((property, before, now) -> forgetUndos());
    }

    /** Rates the movie in the own profile: half stars from 0.5 to 5; 0 removes the rating. */
    public void rate(int movieIndex, double stars) {
        int movieId = movieId(movieIndex);
        double before = movieId < 0 ? stars : profiles.ratingOf(movieId);
        if (before == stars) {
            return;
        }
        profiles.rate(movieId, stars);
        String title = profiles.nameOf(movieId);
        String done = stars == 0 ? messages.format("act.ratingRemoved", title, profileName())
                : messages.format("act.rated", title, stars, profileName());
        remember(done, messages.format("act.undoRating", title), () -> profiles.rate(movieId, before));
        tell(done + (ownShown() ? "" : " " + messages.text("act.datasetListsStay")), !ownShown());
    }

    /** The own profile's rating of the movie, in stars; 0 when it has none. */
    public double ownRating(int movieIndex) {
        int movieId = movieId(movieIndex);
        return movieId < 0 ? 0 : profiles.ratingOf(movieId);
    }

    /** "Not interested": leaves the movie out of every list for the own profile. */
    public void hide(int movieIndex) {
        int movieId = movieId(movieIndex);
        if (movieId >= 0 && !isHidden(movieId)) {
            setHidden(movieId, true);
        }
    }

    /** Shows a hidden movie in the lists again. */
    public void unhide(int movieId) {
        if (isHidden(movieId)) {
            setHidden(movieId, false);
        }
    }

    /** Puts the movie on the own profile's watchlist, or takes it off when it is on it. */
    public void toggleWatchlist(int movieIndex) {
        int movieId = movieId(movieIndex);
        if (movieId >= 0) {
            setWatched(movieId, !isOnWatchlist(movieId));
        }
    }

    /** Takes a movie off the watchlist. */
    public void removeFromWatchlist(int movieId) {
        if (isOnWatchlist(movieId)) {
            setWatched(movieId, false);
        }
    }

    /** Takes back the latest change not taken back yet; nothing when there is none. */
    public void undo() {
        Undo latest = undos.pollFirst();
        if (latest == null) {
            return;
        }
        latest.revert().run();
        showUndo();
        tell(messages.format("act.undone", latest.done()), false);
    }

    public boolean isHidden(int movieId) {
        return contains(profiles.hiddenProperty().get(), movieId);
    }

    public boolean isOnWatchlist(int movieId) {
        return contains(profiles.watchlistProperty().get(), movieId);
    }

    /** The movie's MovieLens id in the loaded dataset, -1 when there is no such movie. */
    public int movieId(int movieIndex) {
        LoadedDataset dataset = loaded.getValue();
        return dataset == null || movieIndex < 0 || movieIndex >= dataset.dataset().movies().size() ? -1
                : dataset.dataset().movies().at(movieIndex).id();
    }

    /** The movie of that id in the loaded dataset, or null. */
    public Movie movie(int movieId) {
        LoadedDataset dataset = loaded.getValue();
        int m = dataset == null ? -1 : dataset.dataset().movies().indexOf(movieId);
        return m < 0 ? null : dataset.dataset().movies().at(m);
    }

    /** The own profile's name, which every action goes to. */
    public String profileName() {
        String name = profiles.currentNameProperty().get();
        return name == null ? ProfileModel.DEFAULT_NAME : name;
    }

    /** Whether the own profile's lists are shown (else a dataset user's). */
    public boolean ownShown() {
        return recommendations.ownPickedProperty().get();
    }

    /** Shows the own profile's lists. */
    public void showOwnLists() {
        recommendations.pickOwnProfile();
        notice.set(null);
    }

    public ProfileModel profiles() {
        return profiles;
    }

    /** The latest notice; null once it is dismissed. */
    public ReadOnlyObjectProperty<ActionNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set(null);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** What Undo would take back, for its menu item. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    private void setHidden(int movieId, boolean hidden) {
        String title = profiles.nameOf(movieId);
        profiles.mark(MovieListKind.HIDDEN, movieId, hidden, () -> { });
        String done = hidden ? messages.format("act.hidden", title, profileName())
                : messages.format("act.unhidden", title);
        remember(done, messages.format(hidden ? "act.undoHide" : "act.undoUnhide", title),
                () -> profiles.mark(MovieListKind.HIDDEN, movieId, !hidden, () -> { }));
        tell(done, false);
    }

    private void setWatched(int movieId, boolean on) {
        String title = profiles.nameOf(movieId);
        profiles.mark(MovieListKind.WATCHLIST, movieId, on, () -> { });
        String done = on ? messages.format("act.watchAdded", title, profileName())
                : messages.format("act.watchRemoved", title, profileName());
        remember(done, messages.format(on ? "act.undoWatch" : "act.undoUnwatch", title),
                () -> profiles.mark(MovieListKind.WATCHLIST, movieId, !on, () -> { }));
        tell(done, false);
    }

    private void remember(String done, String label, Runnable revert) {
        undos.addFirst(new Undo(done, label, revert));
        showUndo();
    }

    private void forgetUndos() {
        undos.clear();
        showUndo();
        notice.set(null);
    }

    private void showUndo() {
        Undo latest = undos.peekFirst();
        canUndo.set(latest != null);
        undoText.set(latest == null ? messages.text("act.undoNothing") : latest.label());
    }

    private void tell(String text, boolean offerOwnLists) {
        notice.set(new ActionNotice(text, canUndo.get(), offerOwnLists));
    }

    private static boolean contains(List<MarkedMovie> movies, int movieId) {
        return movies.stream().anyMatch(movie -> movie.movieId() == movieId);
    }
}
