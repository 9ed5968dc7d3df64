package io.github.movierecommender.ui.profile;

import io.github.movierecommender.search.MovieMatch;
import io.github.movierecommender.search.MovieSearch;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.task.AfterOpening;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobOutcome;
import io.github.movierecommender.ui.task.OrderedJobs;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The movies to rate: those whose titles match what is typed, best first, or while nothing is
 * typed a few well-known ones spread over the genres. The title index is built once per dataset
 * on the background thread of the long jobs, once the dataset's opening is over (its users listed,
 * its first lists shown), so that it does not take a core from them; searching it is quick enough
 * for every keystroke.
 */
public final class MovieFinder {

    public static final int LIMIT = 20;

    private final OrderedJobs indexJobs;
    private final Executor afterOpening;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<MovieMatch> movies = FXCollections.observableArrayList();
    private Index index;
    private LoadedDataset indexing;

    public MovieFinder(ObservableValue<LoadedDataset> loaded, BackgroundTasks tasks) {
        this(loaded, tasks, AfterOpening.never());
    }

    /** The title index of a dataset is built once {@code afterOpening} runs it. */
    public MovieFinder(ObservableValue<LoadedDataset> loaded, BackgroundTasks tasks, Executor afterOpening) {
        this.indexJobs = tasks.inOrder();
        this.afterOpening = afterOpening;
        loaded.addListener((property, before, now) -> use(now));
        query.addListener((property, before, now) -> find());
        use(loaded.getValue());
    }

    private void use(LoadedDataset loaded) {
        index = null;
        indexing = loaded;
        movies.clear();
        if (loaded != null) {
            afterOpening.execute(() -> {
                if (indexing == loaded) {
                    buildIndex(loaded);
                }
            });
        }
    }

    private void buildIndex(LoadedDataset loaded) {
        indexJobs.submit(context -> new Index(MovieSearch.of(loaded.dataset()),
                StarterMovies.of(loaded.recommenders().stats())), new JobOutcome<>() {
                    @Override
                    public void succeeded(Index built) {
                        if (indexing == loaded) {
                            index = built;
                            find();
                        }
                    }

                    @Override
                    public void failed(Throwable error) {
                        if (indexing == loaded) {
                            movies.clear();
                        }
                    }

                    @Override
                    public void cancelled() {
                    }
                });
    }

    private void find() {
        if (index == null) {
            return;
        }
        String typed = query.get() == null ? "" : query.get().strip();
        movies.setAll(typed.isEmpty() ? index.starters() : index.search().search(typed, LIMIT));
    }

    /** What the user typed to look for movies. */
    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<MovieMatch> movies() {
        return FXCollections.unmodifiableObservableList(movies);
    }

    private record Index(MovieSearch search, List<MovieMatch> starters) {
    }
}
