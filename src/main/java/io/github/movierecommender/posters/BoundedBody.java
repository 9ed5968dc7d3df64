package io.github.movierecommender.posters;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * A response body kept in memory up to a limit: a longer one, announced or sent, stops the
 * transfer and drops the connection, as does {@link #cancel()}. The body of an answer other than
 * 200 is never read.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body was longer than the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("too large", null, false, false);
        }
    }

    private final int limit;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();

    private BoundedBody(int limit) {
        this.limit = limit;
    }

    /** Handles answers with bodies of at most {@code limit} bytes, each subscriber also handed to {@code made}. */
    static HttpResponse.BodyHandler<byte[]> handler(int limit, Consumer<BoundedBody> made) {
        return info -> {
            BoundedBody subscriber = new BoundedBody(limit);
            made.accept(subscriber);
            long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (info.statusCode() != 200) {
                subscriber.finishEarly(null);
            } else if (announced > limit) {
                subscriber.finishEarly(new TooLarge());
            }
            return subscriber;
        };
    }

    private void finishEarly(RuntimeException failure) {
        if (failure == null) {
            body.complete(new byte[0]);
        } else {
            body.completeExceptionally(failure);
        }
        cancel();
    }

    /** Stops the transfer and drops the connection. */
    void cancel() {
        subscription.thenAccept(Flow.Subscription::cancel);
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription.complete(newSubscription);
        if (body.isDone()) {
            newSubscription.cancel();
        } else {
            newSubscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (received.size() + (long) buffer.remaining() > limit) {
                finishEarly(new TooLarge());
                return;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            received.write(bytes, 0, bytes.length);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(received.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }
}
