package io.github.movierecommender.ui.act;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.profile.MarkedMovie;
import io.github.movierecommender.profile.MovieListKind;
import io.github.movierecommender.profile.ProfileStore;
import io.github.movierecommender.profile.SavedProfile;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.profile.ProfileModel;
import io.github.movierecommender.ui.recommend.HiddenMovies;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import io.github.movierecommender.ui.recommend.RecommendationRow;
import io.github.movierecommender.ui.recommend.ShownList;
import io.github.movierecommender.ui.recommend.UserChoice;
import io.github.movierecommender.ui.recommend.details.MovieDetailsModel;
import io.github.movierecommender.ui.task.BackgroundTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs without the JavaFX toolkit: every save and its outcome run on the test's thread. */
class MovieActionsTest {

    private static final int LAUGH_TRACK = 7;
    private static final int COLD_HARBOUR = 8;
    private static LoadedDataset eightUsers;

    @TempDir
    Path dataFolder;

    private final ObjectProperty<LoadedDataset> loaded = new SimpleObjectProperty<>();
    private final Messages messages = Messages.forLocale(Locale.US);
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
    private final List<ErrorReport> errors = new ArrayList<>();
    private ProfileStore store;
    private ProfileModel profiles;
    private RecommendationModel recommendations;
    private MovieActions actions;

    @BeforeAll
    static void load() throws Exception {
        eightUsers = LoadedDataset.of(DatasetLoader.load(
                Path.of(MovieActionsTest.class.getResource("/io/github/movierecommender/ui/recommend/eight-users")
                        .toURI())));
    }

    @BeforeEach
    void start() {
        store = new ProfileStore(dataFolder.resolve("profiles"),
                Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC));
        profiles = new ProfileModel(store, loaded, tasks, messages, errors::add, name -> { });
        recommendations = new RecommendationModel(loaded, profiles.ownProperty(),
                new MovieDetailsModel(tasks, messages), tasks, messages);
        recommendations.settings().hiddenProperty().bind(profiles.hiddenFilterProperty());
        recommendations.settings().minVotesProperty().set(0);
        actions = new MovieActions(profiles, recommendations, loaded, messages);
        loaded.set(eightUsers);
        profiles.start(Optional.empty());
    }

    @Test
    void aHiddenMovieLeavesEveryListOfADatasetUserAndUndoBringsItBack() throws Exception {
        recommendations.showLists(List.of(ShownList.NEIGHBOUR));
        pickUserOne();
        assertThat(popular()).contains("Cold Harbour");

        actions.hide(index(COLD_HARBOUR));

        assertThat(popular()).doesNotContain("Cold Harbour").hasSize(6);
        assertThat(recommendations.recommendationsProperty().get().neighbour().rows())
                .extracting(RecommendationRow::title).doesNotContain("Cold Harbour");
        assertThat(store.load("Me").marked(MovieListKind.HIDDEN)).extracting(MarkedMovie::movieId)
                .containsExactly(COLD_HARBOUR);
        assertThat(profiles.hiddenFilterProperty().get()).isEqualTo(new HiddenMovies(java.util.Set.of(
                index(COLD_HARBOUR))));
        assertThat(actions.noticeProperty().get()).isEqualTo(new ActionNotice(
                "Hidden: Cold Harbour (2008) (not interested, profile “Me”)", true, false));

        actions.undo();

        assertThat(popular()).contains("Cold Harbour").hasSize(7);
        assertThat(store.load("Me").marked(MovieListKind.HIDDEN)).isEmpty();
        assertThat(actions.canUndoProperty().get()).isFalse();
    }

    @Test
    void ratingWhileADatasetUserIsShownRatesTheOwnProfileAndLeavesTheUsersLists() throws Exception {
        pickUserOne();

        actions.rate(index(LAUGH_TRACK), 3.5);

        assertThat(store.load("Me").ratingOf(LAUGH_TRACK)).hasValueSatisfying(
                rating -> assertThat(rating.rating()).isEqualTo(3.5));
        assertThat(popular()).contains("Laugh Track");
        assertThat(actions.noticeProperty().get().offerOwnLists()).isTrue();

        actions.showOwnLists();

        assertThat(recommendations.ownPickedProperty().get()).isTrue();
        assertThat(popular()).doesNotContain("Laugh Track");
    }

    @Test
    void hiddenMoviesAndTheWatchlistTravelWithTheProfilesExportAndImport() throws Exception {
        actions.hide(index(COLD_HARBOUR));
        actions.toggleWatchlist(index(LAUGH_TRACK));
        Path exported = dataFolder.resolve("Me backup.csv");
        profiles.exportTo(exported);
        profiles.create("Ana");
        assertThat(profiles.currentNameProperty().get()).isEqualTo("Ana");
        assertThat(profiles.hiddenProperty().get()).isEmpty();

        profiles.importFrom(exported, scan -> Optional.empty());

        SavedProfile ana = store.load("Ana");
        assertThat(ana.marked(MovieListKind.HIDDEN)).extracting(MarkedMovie::movieId).containsExactly(COLD_HARBOUR);
        assertThat(ana.marked(MovieListKind.WATCHLIST)).extracting(MarkedMovie::movieId).containsExactly(LAUGH_TRACK);
        assertThat(actions.isHidden(COLD_HARBOUR)).isTrue();
        assertThat(errors).isEmpty();
    }

    private void pickUserOne() {
        recommendations.settings().userProperty().set(recommendations.users().stream()
                .filter(choice -> choice.userId() == 1).findFirst().orElseThrow());
        assertThat(recommendations.settings().userProperty().get()).isNotEqualTo(UserChoice.ownProfile("Me"));
    }

    private List<String> popular() {
        return recommendations.recommendationsProperty().get().popular().rows().stream()
                .map(RecommendationRow::title).toList();
    }

    private static int index(int movieId) {
        return eightUsers.dataset().movies().indexOf(movieId);
    }
}
