package io.github.movierecommender.ui.posters;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.data.MovieCatalog;
import io.github.movierecommender.posters.ApiKey;
import io.github.movierecommender.posters.PosterCache;
import io.github.movierecommender.posters.PosterException;
import io.github.movierecommender.posters.TmdbClient;
import io.github.movierecommender.posters.TmdbLimits;
import io.github.movierecommender.posters.TmdbPosters;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.BatchJobs;
import io.github.movierecommender.ui.task.JobOutcome;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.image.Image;

/**
 * The posters of the movies shown, fetched from TMDB in the background with the user's API key,
 * kept on disk and, the latest ones, in memory. Without a key, a TMDB id, a network or a poster, a
 * movie keeps its placeholder. A problem is told once, in {@link #noticeProperty()}: a refused
 * key stops every further request until the key changes. Use it from the JavaFX thread.
 */
public final class PosterModel {

    /** The poster's shape: TMDB's posters are 2:3. */
    public static final double HEIGHT_PER_WIDTH = 1.5;
    private static final int IMAGES_IN_MEMORY = 120;

    private final PosterSettings settings;
    private final BatchJobs jobs;
    private final URI tmdb;
    private final PosterCache cache;
    private final ObservableValue<LoadedDataset> loaded;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<ApiKey> key = new ReadOnlyObjectWrapper<>(this, "key");
    private final BooleanProperty gridShown = new SimpleBooleanProperty(this, "gridShown");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final Map<Integer, Image> images = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Image> eldest) {
            return size() > IMAGES_IN_MEMORY;
        }
    };
    private HttpClient http;
    private TmdbPosters posters;
    private boolean keyRefused;
    /** Set by the first request TMDB refuses, so that the requests still waiting do not ask again. */
    private AtomicBoolean refusedNow = new AtomicBoolean();

    /**
     * {@code tmdb} is the API's address ({@link TmdbClient#TMDB}, or a local server in tests);
     * {@code cache} keeps the posters on disk; {@code loaded} gives the movies by index.
     */
    public PosterModel(PosterSettings settings, BatchJobs jobs, URI tmdb, PosterCache cache,
                       ObservableValue<LoadedDataset> loaded, Messages messages) {
        this.settings = settings;
        this.jobs = jobs;
        this.tmdb = tmdb;
        this.cache = cache;
        this.loaded = loaded;
        this.messages = messages;
        key.set(settings.key().orElse(null));
        gridShown.set(settings.gridShown());
        gridShown.addListener((property, before, shown) -> settings.setGridShown(shown));
    }

    /** A new batch of poster requests, cancelled together when what they were for goes away. */
    public BatchJobs.Batch newBatch() {
        return jobs.newBatch();
    }

    /** The movie at {@code movieIndex} of the dataset open, if any. */
    public Optional<Movie> movieAt(int movieIndex) {
        LoadedDataset dataset = loaded.getValue();
        if (dataset == null) {
            return Optional.empty();
        }
        MovieCatalog movies = dataset.dataset().movies();
        return movieIndex >= 0 && movieIndex < movies.size() ? Optional.of(movies.at(movieIndex)) : Optional.empty();
    }

    /**
     * Fetches the poster of {@code movie} in {@code batch} and gives it to {@code shown}, unless
     * there is no key, no TMDB id or no poster, or the batch is cancelled first.
     */
    public void request(BatchJobs.Batch batch, Movie movie, Consumer<Image> shown) {
        int tmdbId = movie.tmdbId();
        if (key.get() == null || keyRefused || tmdbId == Movie.NO_LINK) {
            return;
        }
        Image known = images.get(tmdbId);
        if (known != null) {
            shown.accept(known);
            return;
        }
        TmdbPosters source = posters();
        AtomicBoolean refused = refusedNow;
        batch.submit(context -> {
            if (refused.get()) {
                return null;
            }
            Optional<byte[]> picture;
            try {
                picture = source.poster(tmdbId, context::isCancelled);
            } catch (PosterException e) {
                refused.compareAndSet(false, e.reason() == PosterException.Reason.KEY_REFUSED);
                throw e;
            }
            if (picture.isEmpty()) {
                return null;
            }
            Image image = new Image(new ByteArrayInputStream(picture.get()), TmdbPosters.WIDTH,
                    TmdbPosters.WIDTH * HEIGHT_PER_WIDTH, true, true);
            if (image.isError()) {
                source.discard(tmdbId);
                return null;
            }
            return image;
        }, new JobOutcome<>() {
            @Override
            public void succeeded(Image image) {
                if (source != posters) {
                    return;
                }
                if (image != null) {
                    images.put(tmdbId, image);
                    shown.accept(image);
                }
                if (!keyRefused) {
                    notice.set(null);
                }
            }

            @Override
            public void failed(Throwable error) {
                if (source == posters) {
                    tell(error);
                }
            }

            @Override
            public void cancelled() {
            }
        });
    }

    private void tell(Throwable error) {
        if (error instanceof PosterException failure && failure.reason() == PosterException.Reason.KEY_REFUSED) {
            keyRefused = true;
            notice.set(messages.text("posters.keyRefused"));
        } else if (!keyRefused) {
            notice.set(messages.format("posters.unavailable", reason(error)));
        }
    }

    private String reason(Throwable error) {
        if (error instanceof PosterException failure) {
            return failure.reason() == PosterException.Reason.SERVER_ANSWERED
                    ? messages.format("posters.reason.SERVER_ANSWERED", failure.status())
                    : messages.text("posters.reason." + failure.reason().name());
        }
        return messages.text("posters.reason.UNEXPECTED");
    }

    private TmdbPosters posters() {
        if (posters == null) {
            if (http == null) {
                http = TmdbClient.httpClient(TmdbLimits.DEFAULT);
            }
            posters = new TmdbPosters(new TmdbClient(http, tmdb, key.get(), TmdbLimits.DEFAULT), cache);
        }
        return posters;
    }

    /** Uses {@code newKey} from now on, and remembers it in the user's settings. */
    public void setKey(ApiKey newKey) {
        settings.setKey(newKey);
        changeKey(newKey);
    }

    /** Forgets the key: every movie shows its placeholder. */
    public void clearKey() {
        settings.clearKey();
        changeKey(null);
    }

    private void changeKey(ApiKey newKey) {
        posters = null;
        keyRefused = false;
        refusedNow = new AtomicBoolean();
        images.clear();
        notice.set(null);
        key.set(newKey);
    }

    /** The key in use; null without one. */
    public ReadOnlyObjectProperty<ApiKey> keyProperty() {
        return key.getReadOnlyProperty();
    }

    /** Whether the lists show as posters rather than tables; remembered in the settings. */
    public BooleanProperty gridShownProperty() {
        return gridShown;
    }

    /** What keeps the posters from showing, said once for all of them; null while nothing does. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
