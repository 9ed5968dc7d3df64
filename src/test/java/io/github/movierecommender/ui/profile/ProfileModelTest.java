package io.github.movierecommender.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.profile.ProfileStore;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.i18n.ReasonText;
import io.github.movierecommender.ui.recommend.OwnRatings;
import io.github.movierecommender.ui.recommend.RatedMovie;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import io.github.movierecommender.ui.recommend.Recommendations;
import io.github.movierecommender.ui.recommend.ShownList;
import io.github.movierecommender.ui.recommend.UserChoice;
import io.github.movierecommender.ui.recommend.details.MovieDetailsModel;
import io.github.movierecommender.ui.task.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs without the JavaFX toolkit: every save and its outcome run on the test's thread. */
class ProfileModelTest {

    private static final int COLD_HARBOUR = 8;
    private static final int QUIET_ORCHARD = 10;
    private static LoadedDataset eightUsers;

    @TempDir
    Path dataFolder;

    private final ObjectProperty<LoadedDataset> loaded = new SimpleObjectProperty<>();
    private final Messages messages = Messages.forLocale(Locale.US);
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
    private final List<ErrorReport> errors = new ArrayList<>();
    private final List<String> remembered = new ArrayList<>();
    private Path folder;
    private ProfileStore store;
    private ProfileModel profiles;

    @BeforeAll
    static void load() throws Exception {
        eightUsers = LoadedDataset.of(DatasetLoader.load(
                Path.of(ProfileModelTest.class.getResource("/io/github/movierecommender/ui/recommend/eight-users")
                        .toURI())));
    }

    @BeforeEach
    void openTheStore() {
        folder = dataFolder.resolve("profiles");
        store = new ProfileStore(folder, Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC));
        profiles = new ProfileModel(store, loaded, tasks, messages, errors::add, remembered::add);
        loaded.set(eightUsers);
    }

    @Test
    void theFirstStartMakesTheProfileMeAndRemembersIt() throws Exception {
        profiles.start(Optional.empty());

        assertThat(store.list()).containsExactly("Me");
        assertThat(profiles.names()).containsExactly("Me");
        assertThat(profiles.currentNameProperty().get()).isEqualTo("Me");
        assertThat(remembered).containsExactly("Me");
        assertThat(profiles.ownProperty().get().profile().size()).isZero();
    }

    @Test
    void theProfileInUseAtTheLastStopOpensAgain() throws Exception {
        store.create("Me");
        store.create("Ana").rate(COLD_HARBOUR, 4);

        profiles.start(Optional.of("Ana"));

        assertThat(profiles.currentNameProperty().get()).isEqualTo("Ana");
        assertThat(profiles.ratingOf(COLD_HARBOUR)).isEqualTo(4.0);
        assertThat(profiles.names()).containsExactly("Ana", "Me");
    }

    @Test
    void aRatingIsSavedAndTheListsFollowTheOwnProfileWithoutAReload() throws Exception {
        RecommendationModel recommendations = new RecommendationModel(loaded, profiles.ownProperty(),
                new MovieDetailsModel(tasks, messages), tasks, messages);
        recommendations.showLists(List.of(ShownList.NEIGHBOUR));
        profiles.start(Optional.empty());
        assertThat(recommendations.users().get(0)).isEqualTo(UserChoice.ownProfile("Me (your ratings)"));
        recommendations.pickOwnProfile();
        Recommendations before = recommendations.recommendationsProperty().get();

        profiles.rate(COLD_HARBOUR, 4.5);

        assertThat(new ProfileStore(folder, Clock.systemUTC()).load("Me").ratingOf(COLD_HARBOUR))
                .hasValueSatisfying(rating -> assertThat(rating.rating()).isEqualTo(4.5));
        Recommendations after = recommendations.recommendationsProperty().get();
        assertThat(after).isNotSameAs(before);
        assertThat(after.request().own()).isSameAs(profiles.ownProperty().get().profile());
        assertThat(after.popular().rows()).noneMatch(row -> row.title().equals("Cold Harbour"));
        assertThat(recommendations.userRatings()).extracting(RatedMovie::title, RatedMovie::rating)
                .containsExactly(Tuple.tuple("Cold Harbour", 4.5));
        assertThat(new ReasonText(Messages.forLocale(Locale.ENGLISH)).of(after.neighbour().shortfall())).startsWith("rate 1 more movie to find neighbours");

        profiles.rate(COLD_HARBOUR, 0);

        assertThat(profiles.ratingOf(COLD_HARBOUR)).isZero();
        assertThat(recommendations.userRatings()).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void ratingsGivenInAnotherWindowAppearOnReloadAndAreKeptByTheNextRating() throws Exception {
        profiles.start(Optional.empty());
        profiles.rate(COLD_HARBOUR, 4);
        int revision = profiles.revisionProperty().get();
        profiles.reload();
        assertThat(profiles.revisionProperty().get()).as("nothing changed, nothing shown again").isEqualTo(revision);

        new ProfileStore(folder, Clock.systemUTC()).load("Me").rate(QUIET_ORCHARD, 2.5);
        profiles.reload();

        assertThat(profiles.ratingOf(QUIET_ORCHARD)).isEqualTo(2.5);
        assertThat(profiles.ownProperty().get().rated()).extracting(RatedMovie::rating).containsExactlyInAnyOrder(4.0,
                2.5);
        profiles.rate(COLD_HARBOUR, 1);
        assertThat(new ProfileStore(folder, Clock.systemUTC()).load("Me").ratings()).hasSize(2);
    }

    @Test
    void aRatingThatCannotBeSavedIsReportedAndTheOldOneStaysShown() throws Exception {
        profiles.start(Optional.empty());
        profiles.rate(COLD_HARBOUR, 4);
        int revision = profiles.revisionProperty().get();
        Files.move(folder, dataFolder.resolve("moved"));
        Files.writeString(folder, "not a folder");

        profiles.rate(COLD_HARBOUR, 2);

        assertThat(profiles.ratingOf(COLD_HARBOUR)).isEqualTo(4.0);
        assertThat(profiles.ownProperty().get().rated()).extracting(RatedMovie::rating).containsExactly(4.0);
        assertThat(profiles.revisionProperty().get()).isGreaterThan(revision);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Not saved");
            assertThat(error.message()).contains("the rating of movie 8 could not be saved");
        });
    }

    @Test
    void importingAFileOfSeveralUsersAsksWhichOneAndKeepsWhatWasRated() throws Exception {
        profiles.start(Optional.empty());
        profiles.rate(COLD_HARBOUR, 5);
        Path file = dataFolder.resolve("ratings.csv");
        Files.writeString(file, """
                userId,movieId,rating,timestamp
                7,1,4.0,1000
                9,1,3.5,1000
                9,8,2.0,1000
                9,10,4.5,1000
                9,10,six,1000
                """);
        List<List<Integer>> asked = new ArrayList<>();

        profiles.importFrom(file, scan -> {
            asked.add(scan.userIds());
            return Optional.of(9);
        });

        assertThat(asked).containsExactly(List.of(7, 9));
        assertThat(profiles.ratingOf(1)).isEqualTo(3.5);
        assertThat(profiles.ratingOf(QUIET_ORCHARD)).isEqualTo(4.5);
        assertThat(profiles.ratingOf(COLD_HARBOUR)).isEqualTo(5.0);
        ProfileNotice notice = profiles.noticeProperty().get();
        assertThat(notice.message()).startsWith("From ratings.csv, user 9: 2 movies added, no rating replaced by"
                + " a newer one, 1 left as it was").contains("1 line was skipped:", "line 6");
    }

    @Test
    void aDamagedProfileTellsOnceWhereItsFileWasKept() throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("Me.csv"), "userId,movieId,rating,timestamp\n0,8,4.0,1000\n0,10,nine,1000\n");

        profiles.start(Optional.empty());
        ProfileNotice told = profiles.noticeProperty().get();
        profiles.switchTo("Me");

        assertThat(told.title()).isEqualTo("Profile recovered");
        assertThat(told.message()).contains("Me.csv.unreadable-", "keeps the 1 rating that could be read");
        assertThat(profiles.noticeProperty().get()).isSameAs(told);
        assertThat(profiles.ratingOf(COLD_HARBOUR)).isEqualTo(4.0);
    }

    @Test
    void ratingsOfMoviesTheDatasetLacksAreKeptAndCounted() throws Exception {
        store.create("Me").rate(99999, 3);
        profiles.start(Optional.empty());
        profiles.rate(COLD_HARBOUR, 4);

        OwnRatings own = profiles.ownProperty().get();
        assertThat(own.unknownMovies()).isEqualTo(1);
        assertThat(own.rated()).extracting(RatedMovie::title).containsExactly("Cold Harbour");
        assertThat(Files.readString(folder.resolve("Me.csv"))).contains("0,99999,3.0,");
    }

    @Test
    void profilesAreMadeRenamedAndDeletedAndAnotherTakesTheDeletedOnesPlace() throws Exception {
        profiles.start(Optional.empty());

        profiles.create("Ana");
        assertThat(profiles.currentNameProperty().get()).isEqualTo("Ana");
        profiles.rename("Ana Maria");
        assertThat(profiles.names()).containsExactly("Ana Maria", "Me");
        profiles.delete();

        assertThat(profiles.currentNameProperty().get()).isEqualTo("Me");
        assertThat(store.list()).containsExactly("Me");
        profiles.create("me");
        assertThat(errors).singleElement().satisfies(error -> assertThat(error.message()).contains("already exists"));
    }
}
