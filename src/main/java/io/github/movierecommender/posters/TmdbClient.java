package io.github.movierecommender.posters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.movierecommender.posters.PosterException.Reason;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Asks TMDB's API (version 3) at a base address: {@code GET /3/configuration} for where the
 * images are, {@code GET /3/movie/{id}} for a movie's {@code poster_path}, then the image. Every
 * answer is bounded in time and size ({@link TmdbLimits}); one that is not what TMDB sends is a
 * {@link Reason#BAD_ANSWER}, never a hang. A 401 is {@link Reason#KEY_REFUSED}; a 404 means
 * there is no such movie or poster. Safe to use from several threads.
 */
public final class TmdbClient {

    /** TMDB's API. */
    public static final URI TMDB = URI.create("https://api.themoviedb.org/");

    private static final Pattern SIZE = Pattern.compile("[A-Za-z0-9_]{1,32}");
    private static final Pattern POSTER_PATH = Pattern.compile("/[A-Za-z0-9_-]{1,200}\\.[A-Za-z0-9]{1,5}");
    private static final long POLL_MILLIS = 50;
    private static final int OK = 200;
    private static final int UNAUTHORIZED = 401;
    private static final int NOT_FOUND = 404;

    private final HttpClient http;
    private final URI base;
    private final ApiKey key;
    private final TmdbLimits limits;

    /** {@code base} is where the API answers, such as {@link #TMDB}; {@code http} should have a connect timeout. */
    public TmdbClient(HttpClient http, URI base, ApiKey key, TmdbLimits limits) {
        this.http = http;
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.key = key;
        this.limits = limits;
    }

    /** An HTTP client for TMDB: connecting within the limits', following redirects except to plain HTTP. */
    public static HttpClient httpClient(TmdbLimits limits) {
        return HttpClient.newBuilder().connectTimeout(limits.connect())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Where the images are and which poster sizes there are. */
    public ImageConfiguration configuration(BooleanSupplier cancelled) throws PosterException {
        JsonNode answer = json(api("3/configuration"), cancelled)
                .orElseThrow(() -> new PosterException(Reason.SERVER_ANSWERED, NOT_FOUND));
        JsonNode images = answer.path("images");
        JsonNode baseUrl = images.path("secure_base_url");
        JsonNode sizes = images.path("poster_sizes");
        if (!baseUrl.isTextual() || !sizes.isArray() || sizes.isEmpty()) {
            throw new PosterException(Reason.BAD_ANSWER);
        }
        List<String> posterSizes = new ArrayList<>();
        for (JsonNode size : sizes) {
            if (size.isTextual() && SIZE.matcher(size.asText()).matches()) {
                posterSizes.add(size.asText());
            }
        }
        if (posterSizes.isEmpty()) {
            throw new PosterException(Reason.BAD_ANSWER);
        }
        return new ImageConfiguration(webAddress(baseUrl.asText()), posterSizes);
    }

    /** The movie's {@code poster_path}; empty when TMDB has no such movie or no poster for it. */
    public Optional<String> posterPath(int tmdbId, BooleanSupplier cancelled) throws PosterException {
        Optional<JsonNode> movie = json(api("3/movie/" + tmdbId), cancelled);
        if (movie.isEmpty()) {
            return Optional.empty();
        }
        JsonNode path = movie.get().path("poster_path");
        if (path.isNull() || path.isMissingNode()) {
            return Optional.empty();
        }
        if (!path.isTextual() || !POSTER_PATH.matcher(path.asText()).matches()) {
            throw new PosterException(Reason.BAD_ANSWER);
        }
        return Optional.of(path.asText());
    }

    /** The image at {@code url}, checked to be a JPEG, PNG or GIF; empty when the server has none there. */
    public Optional<byte[]> image(URI url, BooleanSupplier cancelled) throws PosterException {
        Optional<byte[]> image = get(url, limits.imageBytes(), false, cancelled);
        if (image.isPresent() && !ImageBytes.isPicture(image.get())) {
            throw new PosterException(Reason.NOT_AN_IMAGE);
        }
        return image;
    }

    private URI api(String path) {
        return base.resolve(path + "?api_key=" + URLEncoder.encode(key.reveal(), StandardCharsets.US_ASCII));
    }

    private Optional<JsonNode> json(URI url, BooleanSupplier cancelled) throws PosterException {
        Optional<byte[]> body = get(url, limits.jsonBytes(), true, cancelled);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode answer = Json.MAPPER.readTree(body.get());
            if (answer == null || !answer.isObject()) {
                throw new PosterException(Reason.BAD_ANSWER);
            }
            return Optional.of(answer);
        } catch (JsonProcessingException e) {
            throw new PosterException(Reason.BAD_ANSWER);
        } catch (IOException e) {
            throw new PosterException(Reason.BAD_ANSWER);
        }
    }

    /** The body of a 200 answer; empty for a 404; a 401 from the API is the key refused. */
    private Optional<byte[]> get(URI url, int limit, boolean fromApi, BooleanSupplier cancelled)
            throws PosterException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(limits.answer())
                .header("Accept", fromApi ? "application/json" : "image/*").GET().build();
        AtomicReference<BoundedBody> subscriber = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> pending;
        try {
            pending = http.sendAsync(request, BoundedBody.handler(limit, subscriber::set));
        } catch (IllegalArgumentException e) {
            throw new PosterException(Reason.BAD_ANSWER);
        }
        HttpResponse<byte[]> response = await(pending, subscriber, cancelled);
        int status = response.statusCode();
        if (status == OK) {
            return Optional.of(response.body());
        }
        if (status == NOT_FOUND) {
            return Optional.empty();
        }
        if (status == UNAUTHORIZED && fromApi) {
            throw new PosterException(Reason.KEY_REFUSED);
        }
        throw new PosterException(Reason.SERVER_ANSWERED, status);
    }

    private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> pending,
                                       AtomicReference<BoundedBody> subscriber, BooleanSupplier cancelled)
            throws PosterException {
        long deadline = System.nanoTime() + limits.answer().toNanos();
        try {
            while (true) {
                try {
                    return pending.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillWaiting) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException();
                    }
                    if (System.nanoTime() > deadline) {
                        throw new PosterException(Reason.TIMED_OUT);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stop(pending, subscriber, new CancellationException());
        } catch (CancellationException e) {
            throw stop(pending, subscriber, e);
        } catch (PosterException e) {
            stop(pending, subscriber, e);
            throw e;
        } catch (ExecutionException e) {
            throw stop(pending, subscriber, failure(e.getCause()));
        }
    }

    private static <E extends Exception> E stop(CompletableFuture<?> pending, AtomicReference<BoundedBody> subscriber,
                                                E failure) {
        pending.cancel(true);
        BoundedBody body = subscriber.get();
        if (body != null) {
            body.cancel();
        }
        return failure;
    }

    private static PosterException failure(Throwable cause) {
        if (cause instanceof BoundedBody.TooLarge) {
            return new PosterException(Reason.TOO_LARGE);
        }
        if (cause instanceof HttpTimeoutException) {
            return new PosterException(Reason.TIMED_OUT);
        }
        if (cause instanceof ConnectException || cause instanceof java.nio.channels.UnresolvedAddressException) {
            return new PosterException(Reason.NOT_REACHED);
        }
        if (cause instanceof IOException && cause.getCause() instanceof ConnectException) {
            return new PosterException(Reason.NOT_REACHED);
        }
        return new PosterException(cause instanceof IOException ? Reason.NOT_REACHED : Reason.BAD_ANSWER);
    }

    /** An http or https address with a host, as TMDB's image base is. */
    private static URI webAddress(String text) throws PosterException {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            throw new PosterException(Reason.BAD_ANSWER);
        }
        throw new PosterException(Reason.BAD_ANSWER);
    }

    /** Made at the first answer read: Jackson's classes would otherwise load with {@link #TMDB}, at every app start. */
    private static final class Json {
        private static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
