package io.github.movierecommender.ui.recommend.filter;

import io.github.movierecommender.recommend.MovieFilter;
import io.github.movierecommender.search.MovieChoice;
import io.github.movierecommender.search.MovieTitles;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The filter over every list: a genre ({@link #ANY_GENRE} for any), a range of years
 * ({@link MovieChoice#OPEN} for no bound) and a text in the title. Each change gives the lists
 * the movies it lets through, as a value over the loaded dataset's movies, through the settings'
 * {@code listFilter}; an open choice lets every movie through. Kept across restarts.
 */
public final class ListFilterModel {

    public static final String ANY_GENRE = "";
    static final int LAST_YEAR = 9999;

    private final StringProperty genre = new SimpleStringProperty(this, "genre", ANY_GENRE);
    private final IntegerProperty fromYear = new SimpleIntegerProperty(this, "fromYear", MovieChoice.OPEN);
    private final IntegerProperty toYear = new SimpleIntegerProperty(this, "toYear", MovieChoice.OPEN);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObservableList<String> genres = FXCollections.observableArrayList();
    private final ObservableList<String> genresShown = FXCollections.unmodifiableObservableList(genres);
    private final BooleanBinding open = Bindings.createBooleanBinding(
            () -> genre.get().isEmpty() && fromYear.get() == MovieChoice.OPEN && toYear.get() == MovieChoice.OPEN
                    && MovieTitles.query(title.get()).isEmpty(), genre, fromYear, toYear, title);
    private final ObjectProperty<MovieFilter> target;
    private MovieTitles titles;

    /** {@code target} takes the movies let through, for the dataset {@code loaded} holds. */
    public ListFilterModel(ObservableValue<LoadedDataset> loaded, ObjectProperty<MovieFilter> target) {
        this.target = target;
        loaded.addListener((property, before, now) -> use(now));
        for (ObservableValue<?> part : List.of(genre, fromYear, toYear, title)) {
            part.addListener((property, before, now) -> apply());
        }
        use(loaded.getValue());
    }

    private void use(LoadedDataset loaded) {
        titles = loaded == null ? null : new MovieTitles(loaded.dataset().movies());
        genres.setAll(loaded == null ? List.of() : loaded.recommenders().stats().genreNames());
        apply();
    }

    private void apply() {
        target.set(titles == null || open.get() ? MovieFilter.ALL
                : MovieChoice.of(titles, genre.get().isEmpty() ? null : genre.get(), fromYear.get(), toYear.get(),
                title.get()));
    }

    /** Lets every movie through again. */
    public void clear() {
        genre.set(ANY_GENRE);
        fromYear.set(MovieChoice.OPEN);
        toYear.set(MovieChoice.OPEN);
        title.set("");
    }

    /** Puts back the choice saved in {@code node}; what is missing or unreadable is left open. */
    public void restore(Preferences node) {
        genre.set(node.get(genre.getName(), ANY_GENRE));
        fromYear.set(year(node.getInt(fromYear.getName(), MovieChoice.OPEN)));
        toYear.set(year(node.getInt(toYear.getName(), MovieChoice.OPEN)));
        title.set(node.get(title.getName(), ""));
    }

    public void save(Preferences node) {
        node.put(genre.getName(), genre.get());
        node.putInt(fromYear.getName(), fromYear.get());
        node.putInt(toYear.getName(), toYear.get());
        node.put(title.getName(), title.get());
    }

    private static int year(int saved) {
        return saved >= MovieChoice.OPEN && saved <= LAST_YEAR ? saved : MovieChoice.OPEN;
    }

    /** The loaded dataset's genres, as the dataset names them. */
    public ObservableList<String> genres() {
        return genresShown;
    }

    public StringProperty genreProperty() {
        return genre;
    }

    public IntegerProperty fromYearProperty() {
        return fromYear;
    }

    public IntegerProperty toYearProperty() {
        return toYear;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** Whether the choice lets every movie through. */
    public BooleanBinding openProperty() {
        return open;
    }
}
