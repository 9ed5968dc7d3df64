package io.github.movierecommender.ui.inspector;

import io.github.movierecommender.recommend.Neighbour;
import io.github.movierecommender.recommend.NeighbourComparison;
import io.github.movierecommender.ui.error.FailureReason;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import io.github.movierecommender.ui.recommend.RecommendationRequest;
import io.github.movierecommender.ui.recommend.RecommendationSession;
import io.github.movierecommender.ui.recommend.Recommendations;
import io.github.movierecommender.ui.recommend.UserChoice;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobOutcome;
import io.github.movierecommender.ui.task.LatestJobs;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The neighbour last asked about, set beside the picked user on the background thread with the
 * work kept for the lists shown, so the numbers are the neighbour table's. Until {@link #stop()},
 * new lists (another user, k, mode) work it out again, or say that it is no longer a neighbour or
 * that the neighbour method is not trained yet; meanwhile the neighbour list counts as in sight, so
 * a mode whose method trains first trains.
 */
public final class NeighbourInspection {

    /** A comparison and whom it is for: {@code who} is the picked user's entry in the picker. */
    public record Inspected(String who, NeighbourComparison comparison) {
    }

    private final RecommendationModel model;
    private final Messages messages;
    private final LatestJobs<Optional<NeighbourComparison>> jobs;
    private final ReadOnlyObjectWrapper<Inspected> inspected = new ReadOnlyObjectWrapper<>(this, "inspected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private Neighbour followed;

    public NeighbourInspection(RecommendationModel model, BackgroundTasks tasks, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.jobs = tasks.latestOnly();
        model.recommendationsProperty().addListener((property, before, now) -> follow(now));
    }

    private void follow(Recommendations now) {
        if (followed == null || now == null) {
            return;
        }
        if (now.neighbour() == null) {
            jobs.discard();
            inspected.set(null);
            status.set(messages.text("inspector.unavailable"));
            return;
        }
        int userId = followed.userId();
        now.neighbours().stream().filter(neighbour -> neighbour.userId() == userId).findFirst()
                .ifPresentOrElse(this::inspect, () -> {
                    jobs.discard();
                    inspected.set(null);
                    status.set(messages.format("inspector.gone", userId));
                });
    }

    /** Stops following the lists, as the inspector closes. */
    public void stop() {
        followed = null;
        jobs.discard();
        model.followNeighbours(false);
    }

    /** Works out {@code neighbour} beside the user the shown lists are for; false when no lists are shown. */
    public boolean inspect(Neighbour neighbour) {
        Recommendations shown = model.recommendationsProperty().get();
        RecommendationSession session = model.session();
        UserChoice user = model.settings().userProperty().get();
        if (shown == null || session == null || user == null) {
            return false;
        }
        RecommendationRequest request = shown.request();
        followed = neighbour;
        inspected.set(null);
        status.set(messages.text("inspector.computing"));
        jobs.submit(context -> session.compare(request, neighbour.userIndex()), new JobOutcome<>() {
            @Override
            public void succeeded(Optional<NeighbourComparison> result) {
                status.set(result.isPresent() ? null : messages.text("inspector.unavailable"));
                inspected.set(result.map(comparison -> new Inspected(user.label(), comparison)).orElse(null));
            }

            @Override
            public void failed(Throwable error) {
                status.set(messages.format("inspector.failed", FailureReason.of(messages, error)));
            }

            @Override
            public void cancelled() {
            }
        });
        model.followNeighbours(true);
        return true;
    }

    /** The comparison shown; null while it is worked out or could not be. */
    public ReadOnlyObjectProperty<Inspected> inspectedProperty() {
        return inspected.getReadOnlyProperty();
    }

    /** What the window says instead of a comparison (working it out, a failure); null when one is shown. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
