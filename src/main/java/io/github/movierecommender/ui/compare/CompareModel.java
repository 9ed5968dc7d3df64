package io.github.movierecommender.ui.compare;

import io.github.movierecommender.appdata.MemoryAdvice;
import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.eval.EvalMonitor;
import io.github.movierecommender.eval.UserHoldout;
import io.github.movierecommender.eval.UserHoldout.MethodHits;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.error.FailureReason;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.recommend.MovieSelection;
import io.github.movierecommender.ui.recommend.RankedList;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import io.github.movierecommender.ui.recommend.RecommendationRequest;
import io.github.movierecommender.ui.recommend.Recommendations;
import io.github.movierecommender.ui.recommend.ShownList;
import io.github.movierecommender.ui.recommend.ShownLists;
import io.github.movierecommender.ui.task.JobOutcome;
import io.github.movierecommender.ui.task.SideJobs;
import io.github.movierecommender.ui.task.SideJobs.SideJob;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The lists side by side for the picked user, as the Suggestions tab works them out (the same
 * settings and filter), and, when asked, how well each list's method finds this user's own
 * held-out ratings: a seeded share of them is held out, each method is built on every other
 * rating, and its hits@n are the held-out movies rated 4 stars or more that its list holds. The
 * check runs beside the other work, with its progress and a cancel, and goes when the user or a
 * setting other than the filter changes.
 */
public final class CompareModel {

    /** Repeats the same hold-out for the same user. */
    public static final long SEED = 42;

    private final RecommendationModel recommendations;
    private final ShownLists lists;
    private final ObservableValue<LoadedDataset> loaded;
    private final SideJobs jobs;
    private final Messages messages;
    private final ObservableValue<SideBySide> sideBySide;
    private final ReadOnlyObjectWrapper<HitCheck> check = new ReadOnlyObjectWrapper<>(this, "check");
    private SideJob running;
    private RecommendationRequest checked;

    public CompareModel(RecommendationModel recommendations, ShownLists lists, ObservableValue<LoadedDataset> loaded,
                        SideJobs jobs, Messages messages) {
        this.recommendations = recommendations;
        this.lists = lists;
        this.loaded = loaded;
        this.jobs = jobs;
        this.messages = messages;
        this.sideBySide = recommendations.recommendationsProperty().map(this::sideBySide);
        recommendations.recommendationsProperty().addListener((property, before, now) -> {
            if (now == null || !Objects.equals(checked, unfiltered(now.request()))) {
                forget();
            }
        });
        loaded.addListener((property, before, now) -> forget());
    }

    private SideBySide sideBySide(Recommendations shown) {
        List<SideBySide.Column> columns = new ArrayList<>();
        for (ShownList list : lists.shown()) {
            RankedList rows = shown.list(list.id());
            if (rows != null) {
                columns.add(new SideBySide.Column(list, lists.methodFor(list, shown.request()).name(), rows));
            }
        }
        return SideBySide.of(columns);
    }

    /** The lists of the latest request side by side; null while no user is picked. */
    public ObservableValue<SideBySide> sideBySideProperty() {
        return sideBySide;
    }

    /** The latest check of the lists against held-out ratings; null while none was asked for these lists. */
    public ReadOnlyObjectProperty<HitCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** Shows the details of a movie picked in a column, as picked in its list. */
    public void select(MovieSelection selection) {
        recommendations.select(selection);
    }

    /**
     * Checks the methods of the lists shown against {@link UserHoldout#DEFAULT_SHARE} of the user's
     * ratings, held out with {@link #SEED}. Does nothing while no lists are shown or a check runs.
     */
    public void checkHits() {
        Recommendations shown = recommendations.recommendationsProperty().get();
        LoadedDataset dataset = loaded.getValue();
        if (shown == null || dataset == null || check.get() instanceof HitCheck.Running) {
            return;
        }
        RecommendationRequest request = shown.request();
        Map<String, Method> methods = new LinkedHashMap<>();
        for (ShownList list : lists.shown()) {
            if (shown.list(list.id()) != null) {
                methods.put(list.id(), lists.methodFor(list, request));
            }
        }
        checked = unfiltered(request);
        check.set(new HitCheck.Running(0));
        SideJob[] job = new SideJob[1];
        job[0] = jobs.start(context -> {
            Dataset data = dataset.dataset();
            Profile user = request.own() != null ? request.own() : Profile.ofUser(data, request.userId()).orElseThrow();
            UserHoldout holdout = UserHoldout.of(data, user, UserHoldout.DEFAULT_SHARE, SEED);
            List<MethodHits> hits = holdout.hits(List.copyOf(methods.values()), request.settings(), new EvalMonitor() {
                @Override
                public void progress(long done, long total) {
                    context.reportProgress(done / (double) total);
                }

                @Override
                public boolean isCancelled() {
                    return context.isCancelled();
                }
            });
            Map<String, MethodHits> byList = new LinkedHashMap<>();
            List<String> ids = List.copyOf(methods.keySet());
            for (int i = 0; i < ids.size(); i++) {
                byList.put(ids.get(i), hits.get(i));
            }
            return new HitCheck.Done(user.size(), holdout.heldOutMovies().length, holdout.relevant(), request.n(),
                    byList);
        }, fraction -> {
            if (running == job[0]) {
                check.set(new HitCheck.Running(fraction));
            }
        }, new JobOutcome<HitCheck.Done>() {
            @Override
            public void succeeded(HitCheck.Done result) {
                end(job[0], result);
            }

            @Override
            public void failed(Throwable error) {
                end(job[0], new HitCheck.Failed(MemoryAdvice.isOutOfMemory(error)
                        ? ErrorReport.outOfMemory(messages).message() : FailureReason.of(messages, error)));
            }

            @Override
            public void cancelled() {
                end(job[0], new HitCheck.Cancelled());
            }
        });
        if (check.get() instanceof HitCheck.Running) {
            running = job[0];
        }
    }

    /** Shows how {@code job} ended, unless it was dropped meanwhile. */
    private void end(SideJob job, HitCheck outcome) {
        if (running == job) {
            running = null;
            check.set(outcome);
        }
    }

    /** Stops the check under way; it says it was cancelled. */
    public void cancelCheck() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Stops any check and drops its result, which no longer fits the lists shown. */
    private void forget() {
        SideJob stopping = running;
        running = null;
        checked = null;
        check.set(null);
        if (stopping != null) {
            stopping.cancel();
        }
    }

    /** The request without its exclusions: the filter changes the lists, not the hits. */
    private static RecommendationRequest unfiltered(RecommendationRequest request) {
        return new RecommendationRequest(request.userId(), request.k(), request.n(), request.minVotes(),
                request.measure(), request.mode(), request.ranking(), request.own());
    }
}
