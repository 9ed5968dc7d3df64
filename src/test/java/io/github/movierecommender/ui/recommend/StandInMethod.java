package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.Abilities;
import io.github.movierecommender.recommend.BuildMonitor;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.recommend.Recommender;
import io.github.movierecommender.recommend.Training;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * For tests of the lists: a method under another name that makes the lists of a registered one,
 * trains first, after a training that the test holds at 40 % until it lets it go, or that fails.
 */
final class StandInMethod implements Method {

    private final String name;
    private final Method makesLists;
    private final CountDownLatch letGo = new CountDownLatch(1);
    private final AtomicInteger trainings = new AtomicInteger();
    private final RuntimeException failure;
    private final boolean held;

    private StandInMethod(String name, Method makesLists, boolean held, RuntimeException failure) {
        this.name = name;
        this.makesLists = makesLists;
        this.held = held;
        this.failure = failure;
    }

    /** Trains at once. */
    static StandInMethod quick(String name, String registered) {
        return new StandInMethod(name, Methods.named(registered), false, null);
    }

    /** Trains to 40 % and waits there until {@link #letGo()} or cancelled. */
    static StandInMethod held(String name, String registered) {
        return new StandInMethod(name, Methods.named(registered), true, null);
    }

    /** Fails with {@code problem} at 40 %. */
    static StandInMethod failing(String name, String problem) {
        return new StandInMethod(name, Methods.named("popular"), false, new IllegalStateException(problem));
    }

    /** A registry with the stand-ins, and the app's methods under every other name. */
    static Function<String, Optional<Method>> registry(StandInMethod... standIns) {
        return wanted -> {
            for (StandInMethod standIn : standIns) {
                if (standIn.name().equals(wanted)) {
                    return Optional.of(standIn);
                }
            }
            return Methods.find(wanted);
        };
    }

    void letGo() {
        letGo.countDown();
    }

    /** How many trainings were started. */
    int trainings() {
        return trainings.get();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Abilities abilities() {
        Abilities lists = makesLists.abilities();
        return new Abilities(lists.lists(), lists.predicts(), lists.usesK(), lists.fallback(), true);
    }

    @Override
    public Recommender build(Training training, BuildMonitor monitor) {
        trainings.incrementAndGet();
        monitor.progress(0.4);
        if (failure != null) {
            throw failure;
        }
        while (held && letGo.getCount() > 0) {
            monitor.stopIfCancelled();
            try {
                letGo.await(10, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the training thread was stopped", e);
            }
        }
        monitor.progress(1);
        return makesLists.build(training, monitor);
    }
}
