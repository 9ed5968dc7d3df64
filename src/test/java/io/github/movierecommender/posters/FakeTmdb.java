package io.github.movierecommender.posters;

import com.sun.net.httpserver.HttpExchange;
import io.github.movierecommender.download.LocalServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A local server on 127.0.0.1 that answers like TMDB: {@code /3/configuration}, {@code /3/movie/ID}
 * for the movies given a poster, and the posters' images under {@code /t/p/SIZE/}. It accepts one
 * key and answers 401 to any other, as TMDB does; it counts the requests and keeps the addresses asked.
 */
public final class FakeTmdb implements AutoCloseable {

    public static final String KEY = "0123456789abcdef0123456789abcdef";

    private final LocalServer server = new LocalServer();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();

    public FakeTmdb() {
        server.handle("/3/configuration", exchange -> {
            if (keyAccepted(exchange)) {
                send(exchange, 200, json("{\"images\":{\"base_url\":\"http://unused/\",\"secure_base_url\":\""
                        + server.uri("/t/p/") + "\",\"poster_sizes\":"
                        + "[\"w92\",\"w154\",\"w185\",\"w342\",\"original\"]},"
                        + "\"change_keys\":[\"adult\"]}"));
            }
        });
    }

    /** The API's address, as the app is given it. */
    public URI base() {
        return server.uri("/");
    }

    public LocalServer server() {
        return server;
    }

    /** Movie {@code tmdbId} has a poster: {@code picture} in every size. */
    public FakeTmdb poster(int tmdbId, byte[] picture) {
        String path = "/poster" + tmdbId + ".png";
        movie(tmdbId, "{\"id\":" + tmdbId + ",\"title\":\"A film\",\"poster_path\":\"" + path + "\"}");
        for (String size : List.of("w92", "w154", "w185", "w342", "original")) {
            server.handle("/t/p/" + size + path, exchange -> {
                count("/t/p/" + size + path);
                send(exchange, 200, picture);
            });
        }
        return this;
    }

    /** Movie {@code tmdbId} is known to TMDB, with no poster. */
    public FakeTmdb noPoster(int tmdbId) {
        return movie(tmdbId, "{\"id\":" + tmdbId + ",\"poster_path\":null}");
    }

    /** Movie {@code tmdbId}'s details are {@code json}. */
    public FakeTmdb movie(int tmdbId, String json) {
        server.handle("/3/movie/" + tmdbId, exchange -> {
            count("/3/movie/" + tmdbId);
            if (keyAccepted(exchange)) {
                send(exchange, 200, json(json));
            }
        });
        return this;
    }

    /** How many times {@code path} was asked for. */
    public int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    /** Every address asked, with its query. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    /** A small PNG of one colour. */
    public static byte[] png(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, colour.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void count(String path) {
        hits.computeIfAbsent(path, any -> new AtomicInteger()).incrementAndGet();
    }

    private boolean keyAccepted(HttpExchange exchange) throws IOException {
        asked.add(exchange.getRequestURI().toString());
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null && query.equals("api_key=" + KEY)) {
            return true;
        }
        send(exchange, 401, json("{\"status_code\":7,\"status_message\":\"Invalid API key: You must be granted"
                + " a valid key.\",\"success\":false}"));
        return false;
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
