package io.github.movierecommender.ui.welcome;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Serves an invented three-user release as GroupLens does (the zip and its .md5) from 127.0.0.1,
 * whole, cut short, with a wrong checksum, or stalled half-way until closed.
 */
final class ReleaseServer implements AutoCloseable {

    static final String RELEASE = "ml-latest-small";
    private static final String PATH = "/datasets/movielens/" + RELEASE + ".zip";
    private static final String MOVIES = """
            movieId,title,genres
            1,Paper Boats (2001),Drama
            2,"Lantern, The (1998)",Comedy|Romance
            3,Orbit Nine (2015),Sci-Fi
            """;
    private static final String RATINGS = """
            userId,movieId,rating,timestamp
            1,1,4.0,1500000000
            1,2,3.5,1500000100
            2,1,5.0,1500000200
            2,3,2.0,1500000300
            3,2,4.5,1500000400
            """;

    enum Behaviour { WHOLE, TRUNCATED, WRONG_MD5, STALLED }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final byte[] zip;
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch halfSent = new CountDownLatch(1);
    private final CountDownLatch closing = new CountDownLatch(1);

    ReleaseServer(Behaviour behaviour) throws IOException {
        zip = zip();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            if (path.equals(PATH + ".md5")) {
                String md5 = behaviour == Behaviour.WRONG_MD5 ? "0".repeat(32) : md5(zip);
                byte[] text = (md5 + "  " + RELEASE + ".zip\n").getBytes(StandardCharsets.US_ASCII);
                send(exchange, text, text.length);
            } else if (path.equals(PATH)) {
                sendZip(exchange, behaviour);
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        server.start();
    }

    URI release() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    int requests() {
        return requests.get();
    }

    /** Waits until a stalled download has received half the zip. */
    boolean awaitHalfSent() throws InterruptedException {
        return halfSent.await(10, TimeUnit.SECONDS);
    }

    private void sendZip(HttpExchange exchange, Behaviour behaviour) throws IOException {
        switch (behaviour) {
            case TRUNCATED -> send(exchange, zip, zip.length / 2);
            case STALLED -> {
                exchange.sendResponseHeaders(200, zip.length);
                OutputStream out = exchange.getResponseBody();
                out.write(zip, 0, zip.length / 2);
                out.flush();
                halfSent.countDown();
                awaitClosing();
                exchange.close();
            }
            default -> send(exchange, zip, zip.length);
        }
    }

    /** Announces the whole body but sends only its first {@code count} bytes; then the server drops the connection. */
    private static void send(HttpExchange exchange, byte[] body, int count) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, count);
        out.close();
    }

    private void awaitClosing() {
        try {
            closing.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(RELEASE + "/"));
            out.closeEntry();
            for (String[] file : new String[][] {{"movies.csv", MOVIES}, {"ratings.csv", RATINGS}}) {
                out.putNextEntry(new ZipEntry(RELEASE + "/" + file[0]));
                out.write(file[1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
