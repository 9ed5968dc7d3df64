package io.github.movierecommender.download;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on 127.0.0.1 and a free port, for downloads that never touch the network. A test
 * holds one in an {@code @AutoClose} field, so each test gets a fresh server that stops after it.
 */
public final class LocalServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    public LocalServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves {@code body} at {@code path} with its Content-Length; other paths answer 404. */
    public URI serve(String path, byte[] body) {
        return handle(path, exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    /** Serves {@code zip} at {@code path} and its MD5 at {@code path}.md5, as GroupLens publishes a release. */
    public URI publish(String path, byte[] zip) {
        serve(path + ".md5", ReleaseZips.md5(zip).getBytes(StandardCharsets.US_ASCII));
        return serve(path, zip);
    }

    /** Answers {@code path} with zeros, in chunks and without a Content-Length, until the client goes away. */
    public URI serveEndlessly(String path) {
        return handle(path, exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[8 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException clientLeft) {
                exchange.close();
            }
        });
    }

    /** Hands requests for exactly {@code path} to {@code handler}. */
    public URI handle(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            if (exchange.getRequestURI().getPath().equals(path)) {
                handler.handle(exchange);
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        return uri(path);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
