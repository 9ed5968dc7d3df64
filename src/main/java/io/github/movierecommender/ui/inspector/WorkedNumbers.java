package io.github.movierecommender.ui.inspector;

import io.github.movierecommender.recommend.WorkedPrediction;
import io.github.movierecommender.ui.error.FailureReason;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.recommend.RankedList;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import io.github.movierecommender.ui.recommend.RecommendationRequest;
import io.github.movierecommender.ui.recommend.RecommendationSession;
import io.github.movierecommender.ui.recommend.Recommendations;
import io.github.movierecommender.ui.recommend.ShownList;
import io.github.movierecommender.ui.recommend.details.MovieDetails;
import io.github.movierecommender.ui.recommend.details.MovieDetailsModel;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.task.JobOutcome;
import io.github.movierecommender.ui.task.LatestJobs;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The worked numbers of the suggestion whose details are shown, when a neighbour-based or
 * "Because you liked" list suggested it and lists it still: worked out on the background thread
 * with the work kept for the lists shown, so they equal the list's score and prediction.
 */
public final class WorkedNumbers {

    private final RecommendationModel model;
    private final Messages messages;
    private final LatestJobs<Optional<WorkedPrediction>> jobs;
    private final ReadOnlyObjectWrapper<WorkedPrediction> worked = new ReadOnlyObjectWrapper<>(this, "worked");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");

    public WorkedNumbers(RecommendationModel model, MovieDetailsModel details, BackgroundTasks tasks,
                         Messages messages) {
        this.model = model;
        this.messages = messages;
        this.jobs = tasks.latestOnly();
        details.detailsProperty().addListener((property, before, now) -> workOut(now));
    }

    private void workOut(MovieDetails shown) {
        jobs.discard();
        worked.set(null);
        failure.set(null);
        Recommendations lists = model.recommendationsProperty().get();
        RecommendationSession session = model.session();
        if (shown == null || lists == null || session == null) {
            return;
        }
        Optional<ShownList> suggesting = SuggestingList.of(shown.explanation()).filter(list -> {
            RankedList rows = lists.list(list.id());
            return rows != null && rows.rows().stream().anyMatch(row -> row.movieIndex() == shown.movieIndex());
        });
        if (suggesting.isEmpty()) {
            return;
        }
        RecommendationRequest request = lists.request();
        jobs.submit(context -> session.work(request, suggesting.get(), shown.movieIndex()), new JobOutcome<>() {
            @Override
            public void succeeded(Optional<WorkedPrediction> result) {
                worked.set(result.orElse(null));
            }

            @Override
            public void failed(Throwable error) {
                failure.set(messages.format("worked.failed", FailureReason.of(messages, error)));
            }

            @Override
            public void cancelled() {
            }
        });
    }

    /** The numbers behind the suggestion shown; null when it has none to show. */
    public ReadOnlyObjectProperty<WorkedPrediction> workedProperty() {
        return worked.getReadOnlyProperty();
    }

    /** What went wrong working them out, for the user; null when nothing did. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
