package io.github.movierecommender.download;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body handed to the downloading thread one list of buffers at a time. The next list is
 * requested only once one is taken, so the reader sets the pace and can stop between any two.
 */
final class BodyQueue implements HttpResponse.BodySubscriber<BodyQueue> {

    /** Buffers of the body, or its end (no buffers), or the failure that broke it off. */
    record Delivery(List<ByteBuffer> buffers, Throwable failure) {

        boolean isEnd() {
            return buffers.isEmpty() && failure == null;
        }
    }

    private static final Delivery END = new Delivery(List.of(), null);

    private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
    private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription.complete(newSubscription);
        newSubscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (buffers.isEmpty()) {
            subscription.join().request(1);
        } else {
            deliveries.add(new Delivery(buffers, null));
        }
    }

    @Override
    public void onError(Throwable failure) {
        deliveries.add(new Delivery(List.of(), failure));
    }

    @Override
    public void onComplete() {
        deliveries.add(END);
    }

    @Override
    public CompletionStage<BodyQueue> getBody() {
        return CompletableFuture.completedStage(this);
    }

    /** The next delivery, or null when none arrived within {@code wait}. */
    Delivery poll(Duration wait) throws InterruptedException {
        Delivery next = deliveries.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (next != null && !next.buffers().isEmpty()) {
            subscription.join().request(1);
        }
        return next;
    }

    /** Stops the transfer and drops the connection; does nothing once the body has ended. */
    void cancel() {
        subscription.thenAccept(Flow.Subscription::cancel);
    }
}
