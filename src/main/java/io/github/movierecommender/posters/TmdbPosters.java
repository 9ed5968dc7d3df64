package io.github.movierecommender.posters;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Movie posters by TMDB id: from the cache when kept there, else from TMDB (its configuration
 * asked once), then kept. Safe to use from several threads.
 */
public final class TmdbPosters {

    /** The width, in pixels, the app shows posters at, at most. */
    public static final int WIDTH = 185;

    private final TmdbClient client;
    private final PosterCache cache;
    private final AtomicReference<ImageConfiguration> configuration = new AtomicReference<>();

    public TmdbPosters(TmdbClient client, PosterCache cache) {
        this.client = client;
        this.cache = cache;
    }

    /**
     * The picture (JPEG, PNG or GIF) of the movie's poster; empty when TMDB has none. Stops with a
     * {@link java.util.concurrent.CancellationException} soon after {@code cancelled} turns true.
     */
    public Optional<byte[]> poster(int tmdbId, BooleanSupplier cancelled) throws PosterException {
        Optional<byte[]> kept = cache.read(tmdbId);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<String> path = client.posterPath(tmdbId, cancelled);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        ImageConfiguration images = configuration(cancelled);
        Optional<byte[]> picture = client.image(images.posterUrl(images.sizeFor(WIDTH), path.get()), cancelled);
        if (picture.isPresent()) {
            try {
                cache.write(tmdbId, picture.get());
            } catch (IOException e) {
                // Not kept: it is fetched again next time.
            }
        }
        return picture;
    }

    /** Forgets a kept poster that turned out not to show, so that it is fetched again. */
    public void discard(int tmdbId) {
        cache.discard(tmdbId);
    }

    private ImageConfiguration configuration(BooleanSupplier cancelled) throws PosterException {
        ImageConfiguration known = configuration.get();
        if (known == null) {
            known = client.configuration(cancelled);
            configuration.set(known);
        }
        return known;
    }
}
