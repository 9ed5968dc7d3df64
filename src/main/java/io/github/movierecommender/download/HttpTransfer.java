package io.github.movierecommender.download;

import io.github.movierecommender.download.DownloadException.Kind;
import io.github.movierecommender.problem.Problem;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs one address into a sink on the calling thread, checking for cancellation at least every
 * {@link #POLL}; fails when no data arrives for the idle timeout, and stops as soon as the body is
 * longer than its Content-Length or its {@link Limit}.
 */
final class HttpTransfer {

    /** Where the body's bytes go; its IOExceptions are the only ones {@link #receive} lets through. */
    interface Sink {
        /** Called before the first byte with the Content-Length, or {@link DownloadMonitor#UNKNOWN_TOTAL}. */
        default void begin(long total) throws DownloadException {
        }

        void write(ByteBuffer bytes) throws IOException;
    }

    /** The longest body accepted, and what the file is, for the message: "a checksum file". */
    record Limit(long bytes, DownloadProblem fileKind) {
    }

    interface Progress {
        Progress NONE = (received, total) -> {
        };

        void received(long bytes, long total);
    }

    private static final Duration POLL = Duration.ofMillis(50);

    private final Supplier<HttpClient> clients;
    private final Duration idleTimeout;
    private HttpClient client;

    /** {@code clients} makes the client at the first transfer. */
    HttpTransfer(Supplier<HttpClient> clients, Duration idleTimeout) {
        this.clients = clients;
        this.idleTimeout = idleTimeout;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = clients.get();
        }
        return client;
    }

    /** Streams the body, of at most {@code limit} bytes, into {@code sink} and returns its length. */
    long receive(URI uri, Limit limit, Sink sink, Progress progress, DownloadMonitor monitor)
            throws DownloadException, IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(idleTimeout).GET().build();
        HttpResponse<BodyQueue> response = await(client().sendAsync(request, info -> new BodyQueue()), uri, monitor);
        BodyQueue body = response.body();
        try {
            if (response.statusCode() / 100 != 2) {
                throw new DownloadException(Kind.NETWORK, Problem.of(DownloadProblem.SERVER_ANSWERED, uri,
                        Reasons.httpStatus(response.statusCode())));
            }
            long total = response.headers().firstValueAsLong("Content-Length").orElse(DownloadMonitor.UNKNOWN_TOTAL);
            if (total > limit.bytes()) {
                throw new DownloadException(Kind.CONTENT, Problem.of(DownloadProblem.ANNOUNCES_TOO_MUCH, uri, total,
                        limit.bytes(), Problem.of(limit.fileKind())));
            }
            sink.begin(total);
            return copy(uri, body, total, limit, sink, progress, monitor);
        } finally {
            body.cancel();
        }
    }

    private HttpResponse<BodyQueue> await(CompletableFuture<HttpResponse<BodyQueue>> pending, URI uri,
            DownloadMonitor monitor) throws DownloadException {
        while (true) {
            try {
                DownloadCancelledException.checkCancelled(monitor);
                return pending.get(POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillWaiting) {
                continue;
            } catch (DownloadCancelledException e) {
                pending.cancel(true);
                throw e;
            } catch (InterruptedException e) {
                pending.cancel(true);
                Thread.currentThread().interrupt();
                throw new DownloadCancelledException();
            } catch (ExecutionException e) {
                throw new DownloadException(Kind.NETWORK, Problem.of(DownloadProblem.CANNOT_CONNECT, uri,
                        Reasons.of(e.getCause())), e.getCause());
            }
        }
    }

    private long copy(URI uri, BodyQueue body, long total, Limit limit, Sink sink, Progress progress,
            DownloadMonitor monitor) throws DownloadException, IOException {
        long received = 0;
        long lastArrival = System.nanoTime();
        progress.received(received, total);
        while (true) {
            DownloadCancelledException.checkCancelled(monitor);
            BodyQueue.Delivery delivery = next(body);
            if (delivery == null) {
                if (System.nanoTime() - lastArrival > idleTimeout.toNanos()) {
                    throw new DownloadException(Kind.NETWORK, Problem.of(DownloadProblem.NO_DATA_ARRIVED, uri,
                            Reasons.duration(idleTimeout), bytes(received, total)));
                }
                continue;
            }
            if (delivery.failure() != null) {
                throw endedEarly(uri, received, total, delivery.failure());
            }
            if (delivery.isEnd()) {
                break;
            }
            for (ByteBuffer buffer : delivery.buffers()) {
                received += buffer.remaining();
                if (total != DownloadMonitor.UNKNOWN_TOTAL && received > total) {
                    throw new DownloadException(Kind.NETWORK,
                            Problem.of(DownloadProblem.MORE_THAN_ANNOUNCED, uri, total));
                }
                if (received > limit.bytes()) {
                    throw new DownloadException(Kind.CONTENT, Problem.of(DownloadProblem.SENT_TOO_MUCH, uri,
                            limit.bytes(), Problem.of(limit.fileKind())));
                }
                sink.write(buffer);
            }
            lastArrival = System.nanoTime();
            progress.received(received, total);
        }
        if (total != DownloadMonitor.UNKNOWN_TOTAL && received != total) {
            throw endedEarly(uri, received, total, null);
        }
        return received;
    }

    private static BodyQueue.Delivery next(BodyQueue body) throws DownloadCancelledException {
        try {
            return body.poll(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadCancelledException();
        }
    }

    private static DownloadException endedEarly(URI uri, long received, long total, Throwable cause) {
        return new DownloadException(Kind.NETWORK, Problem.of(DownloadProblem.CONNECTION_ENDED, uri,
                bytes(received, total)), cause);
    }

    private static Problem bytes(long received, long total) {
        return total == DownloadMonitor.UNKNOWN_TOTAL
                ? Problem.of(DownloadProblem.BYTES, received) : Problem.of(DownloadProblem.BYTES_OF, received, total);
    }
}
