package io.github.movierecommender.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.recommend.Explanation;
import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.recommend.Neighbour;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.PopularRanking;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.i18n.ReasonText;
import io.github.movierecommender.ui.inspector.NeighbourInspection;
import io.github.movierecommender.ui.recommend.details.MovieDetails;
import io.github.movierecommender.ui.recommend.details.MovieDetailsModel;
import io.github.movierecommender.ui.task.AfterOpening;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.timing.ShownStep;
import io.github.movierecommender.ui.timing.ShownSteps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs without the JavaFX toolkit: background jobs and their outcomes run on the test's thread. */
class RecommendationModelTest {

    private static final ReasonText ENGLISH = new ReasonText(Messages.forLocale(Locale.ENGLISH));

    private static final List<String> RATED_BY_USER_ONE = List.of("The Lighthouse Keeper's Daughter", "Rocket Garden",
            "Paper Tigers", "Midnight Ledger", "The Long Thaw", "Orbit of Small Things");

    private static LoadedDataset eightUsers;

    private final ObjectProperty<LoadedDataset> loaded = new SimpleObjectProperty<>();
    private final Messages messages = Messages.forLocale(Locale.US);
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
    private final MovieDetailsModel detailsModel = new MovieDetailsModel(tasks, messages);
    private final RecommendationModel model = new RecommendationModel(loaded, detailsModel, tasks, messages);
    private final RecommendationSettings settings = model.settings();

    @BeforeAll
    static void load() throws Exception {
        eightUsers = EightUsers.load();
    }

    @Test
    void listsEveryUserOfTheLoadedDatasetWithTheirNumberOfRatings() {
        assertThat(model.availableProperty().get()).isFalse();

        loaded.set(eightUsers);

        assertThat(model.availableProperty().get()).isTrue();
        assertThat(model.users()).extracting(UserChoice::label).containsExactly("User 1 · 6 ratings",
                "User 2 · 9 ratings", "User 3 · 10 ratings", "User 4 · 9 ratings", "User 5 · 9 ratings",
                "User 6 · 9 ratings", "User 7 · 9 ratings", "User 8 · 7 ratings");
    }

    @Test
    void nothingIsWorkedOutUntilAUserIsPicked() {
        loaded.set(eightUsers);

        assertThat(model.recommendationsProperty().get()).isNull();
        assertThat(model.popularProperty().getValue()).isNull();
        assertThat(model.userRatings()).isEmpty();
    }

    @Test
    void pickingAUserFillsTheThreeListsTheNeighboursAndTheirOwnRatings() {
        loaded.set(eightUsers);
        settings.minVotesProperty().set(0);
        model.showLists(List.of(ShownList.NEIGHBOUR));

        pick(1);

        Recommendations shown = model.recommendationsProperty().get();
        assertThat(titles(shown.popular())).containsExactly("Cold Harbour", "The Quiet Orchard", "Laugh Track",
                "Starfall Express", "Pocket Monsters of Mars", "Untitled Heist Project", "Nine Lives of Juno");
        assertThat(ENGLISH.of(shown.popular().shortfall())).isEqualTo("only 7 movies are left that you have not rated");
        assertThat(titles(shown.genre())).startsWith("The Quiet Orchard").hasSize(4);
        assertThat(titles(shown.neighbour())).startsWith("Cold Harbour", "The Quiet Orchard").hasSize(7);
        assertThat(shown.neighbours()).as("the default mode's users with a positive similarity")
                .extracting(Neighbour::userId).containsExactly(2, 5, 7, 3);
        assertThat(model.userRatings()).extracting(RatedMovie::title).contains("Midnight Ledger").hasSize(6);
    }

    @Test
    void eachRowCarriesWhatTheTablesShow() {
        loaded.set(eightUsers);
        settings.minVotesProperty().set(0);

        pick(1);

        RecommendationRow first = model.popularProperty().getValue().rows().get(0);
        assertThat(first).isEqualTo(new RecommendationRow(1, EightUsers.movieIndex(eightUsers, 8), "Cold Harbour",
                2008, "Crime, Drama", 4, ScoreKind.VOTES, 4, 4.375, new Explanation.Popularity(4, 4.375)));
    }

    @Test
    void theListsFollowN() {
        loaded.set(eightUsers);
        settings.minVotesProperty().set(0);
        model.showLists(List.of(ShownList.NEIGHBOUR));
        pick(1);

        settings.nProperty().set(5);

        Recommendations shown = model.recommendationsProperty().get();
        assertThat(shown.popular().rows()).hasSize(5);
        assertThat(shown.popular().isShort()).isFalse();
        assertThat(shown.neighbour().rows()).hasSize(5);
    }

    @Test
    void thePopularListCanRankByMeanRating() {
        loaded.set(eightUsers);
        settings.minVotesProperty().set(4);
        pick(1);

        settings.rankingProperty().set(PopularRanking.BEST_RATED);

        RankedList popular = model.popularProperty().getValue();
        assertThat(titles(popular)).containsExactly("Cold Harbour", "The Quiet Orchard", "Laugh Track",
                "Starfall Express", "Pocket Monsters of Mars");
        assertThat(popular.rows().get(0).scoreKind()).isEqualTo(ScoreKind.MEAN_RATING);
        assertThat(popular.rows().get(0).score()).isEqualTo(4.375);
    }

    @Test
    void aFailureIsToldInsteadOfLeavingTheOldLists() {
        loaded.set(eightUsers);

        settings.userProperty().set(new UserChoice(99, 0, "User 99 · 0 ratings"));

        assertThat(model.failureProperty().get()).as("Java's words are no sentence for the user")
                .isEqualTo("Could not work out the lists: an unexpected error in the app");
        assertThat(model.recommendationsProperty().get()).isNull();
    }

    @Test
    void theTutorialModeSaysWhyItsListIsEmptyAndFillsItWhenKIsLowered() {
        loaded.set(eightUsers);
        pick(1);

        settings.modeProperty().set(NeighbourMode.TUTORIAL);

        assertThat(settings.measureProperty().get()).isEqualTo(Measure.EUCLIDEAN);
        RankedList empty = model.neighbourProperty().getValue();
        assertThat(empty.rows()).isEmpty();
        assertThat(ENGLISH.of(empty.shortfall())).endsWith(
                "no movie you have not rated is rated by at least 10 of your 20 nearest neighbours"
                        + " — lower k, so that fewer neighbours must agree");

        settings.kProperty().set(2);

        assertThat(titles(model.neighbourProperty().getValue())).startsWith("Cold Harbour").hasSize(6);
    }

    @Test
    void whileASliderMovesOnlyTheLatestPositionIsWorkedOut() {
        List<Runnable> worker = new ArrayList<>();
        BackgroundTasks queued = new BackgroundTasks(worker::add, Runnable::run);
        RecommendationModel busy = new RecommendationModel(loaded, new MovieDetailsModel(queued, messages), queued,
                messages);
        List<Recommendations> shown = new ArrayList<>();
        busy.recommendationsProperty().addListener((property, before, now) -> shown.add(now));
        loaded.set(eightUsers);
        runAll(worker);
        busy.settings().userProperty().set(busy.users().get(0));

        for (int k = 19; k >= 1; k--) {
            busy.settings().kProperty().set(k);
        }
        runAll(worker);

        assertThat(shown).extracting(recommendations -> recommendations.request().k()).containsExactly(1);
    }

    @Test
    void loadingAnotherDatasetForgetsThePickedMovieAndWorksTheListsOutAgainForTheSameUser() throws Exception {
        loaded.set(eightUsers);
        pick(1);
        Recommendations before = model.recommendationsProperty().get();
        model.select(new MovieSelection(PickedFrom.POPULAR, EightUsers.movieIndex(eightUsers, 8), null));

        loaded.set(EightUsers.load());

        assertThat(settings.userProperty().get().userId()).isEqualTo(1);
        assertThat(model.recommendationsProperty().get()).isNotNull().isNotSameAs(before);
        assertThat(model.userRatings()).hasSize(6);
        assertThat(detailsModel.detailsProperty().get()).isNull();
        assertThat(model.users()).hasSize(8);
    }

    @Test
    void pickingASuggestedMovieShowsItsDetailsTagsLinksAndMoreLikeIt() {
        loaded.set(eightUsers);
        settings.minVotesProperty().set(0);
        pick(1);

        model.select(new MovieSelection(PickedFrom.POPULAR, EightUsers.movieIndex(eightUsers, 8),
                new Explanation.Popularity(4, 4.375)));

        MovieDetails details = detailsModel.detailsProperty().get();
        assertThat(details.movie().displayTitle()).isEqualTo("Cold Harbour");
        assertThat(details.genres()).isEqualTo("Crime, Drama");
        assertThat(details.votes()).isEqualTo(4);
        assertThat(details.meanRating()).isEqualTo(4.375);
        assertThat(details.isRatedByUser()).isFalse();
        assertThat(ENGLISH.of(details.explanation())).isEqualTo("Rated by 4 users, average 4.4");
        assertThat(details.tags()).containsExactlyInAnyOrder("noir", "rain");
        assertThat(details.movie().imdbUrl()).hasValue("https://www.imdb.com/title/tt0900008/");
        assertThat(details.coRated()).isTrue();
        assertThat(titles(details.moreLikeThis())).isNotEmpty().doesNotContain("Cold Harbour")
                .doesNotContainAnyElementsOf(RATED_BY_USER_ONE);
    }

    @Test
    void moreLikeThisNeedsNoTrainedMethodAndItsReasonsSayNothingOfTheUser() {
        MovieDetailsModel coRatedDetails = new MovieDetailsModel(tasks, messages);
        RecommendationModel withoutItemKnn = new RecommendationModel(loaded, new SimpleObjectProperty<>(),
                coRatedDetails, tasks, messages,
                new ShownLists(name -> name.equals("item-knn") ? Optional.empty() : Methods.find(name)));
        loaded.set(eightUsers);
        withoutItemKnn.settings().minVotesProperty().set(0);
        withoutItemKnn.settings().userProperty().set(withoutItemKnn.users().stream()
                .filter(user -> user.userId() == 1).findFirst().orElseThrow());

        withoutItemKnn.select(new MovieSelection(PickedFrom.POPULAR, EightUsers.movieIndex(eightUsers, 8), null));

        MovieDetails details = coRatedDetails.detailsProperty().get();
        assertThat(details.coRated()).isTrue();
        assertThat(details.moreLikeThis().rows()).isNotEmpty().allSatisfy(row -> assertThat(ENGLISH.of(row.explanation()))
                .matches("\\d+ of the \\d+ people who liked Cold Harbour liked it too"));
        assertThat(titles(details.moreLikeThis())).doesNotContainAnyElementsOf(RATED_BY_USER_ONE);
    }

    @Test
    void theListsThatTrainFirstFillOnceTrainedWithTheOthersForAUserOfTheDataset() {
        loaded.set(eightUsers);
        settings.minVotesProperty().set(0);
        pick(1);
        model.showLists(model.shownLists());

        Recommendations lists = model.recommendationsProperty().get();
        assertThat(model.shownLists()).extracting(ShownList::id)
                .containsExactly("popular", "genre", "neighbour", "becauseYouLiked", "bestForYou");
        for (ShownList trained : List.of(ShownList.ALL.get(3), ShownList.ALL.get(4))) {
            assertThat(model.buildProperty(trained).getValue()).isEqualTo(new BuildState.Built());
            assertThat(lists.list(trained.id()).rows()).as(trained.id()).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.explanation()).isNotNull());
            assertThat(titles(lists.list(trained.id()))).doesNotContainAnyElementsOf(RATED_BY_USER_ONE);
        }
        RankedList becauseYouLiked = lists.list("becauseYouLiked");
        assertThat(becauseYouLiked.predicted()).isTrue();
        assertThat(becauseYouLiked.rows()).allSatisfy(row -> assertThat(row.predicted().orElseThrow())
                .isBetween(0.5, 5.0));
        assertThat(lists.list("bestForYou").predicted()).as("als predicts no ratings").isFalse();
        assertThat(lists.neighbour().predicted()).isTrue();
        assertThat(lists.neighbour().rows()).allSatisfy(row -> assertThat(row.scoreKind())
                .isEqualTo(ScoreKind.NEIGHBOUR_SCORE));
        assertThat(model.buildProperty(ShownList.POPULAR).getValue()).isNull();
    }

    @Test
    void aListThatTrainsFirstIsNotTrainedUntilItIsInSightAndIsTrainedOnceItIs() {
        loaded.set(eightUsers);
        settings.minVotesProperty().set(0);
        pick(1);

        for (ShownList untrained : List.of(ShownList.NEIGHBOUR, ShownList.BECAUSE_YOU_LIKED, ShownList.BEST_FOR_YOU)) {
            assertThat(model.buildProperty(untrained).getValue()).as(untrained.id()).isNull();
            assertThat(model.listProperty(untrained).getValue()).as(untrained.id()).isNull();
        }
        assertThat(model.popularProperty().getValue().rows()).isNotEmpty();

        model.showLists(List.of(ShownList.BEST_FOR_YOU));

        assertThat(model.buildProperty(ShownList.BEST_FOR_YOU).getValue()).isEqualTo(new BuildState.Built());
        assertThat(model.listProperty(ShownList.BEST_FOR_YOU).getValue().rows()).isNotEmpty();
        assertThat(model.buildProperty(ShownList.BECAUSE_YOU_LIKED).getValue()).isNull();
        assertThat(model.listProperty(ShownList.BECAUSE_YOU_LIKED).getValue()).isNull();
    }

    @Test
    void theNeighbourListInSightTrainsWhenTheModeChangesToOneThatTrainsFirst() {
        loaded.set(eightUsers);
        settings.modeProperty().set(NeighbourMode.TUTORIAL);
        model.showLists(List.of(ShownList.NEIGHBOUR));
        pick(1);
        assertThat(model.buildProperty(ShownList.NEIGHBOUR).getValue()).as("the tutorial trains nothing").isNull();

        settings.modeProperty().set(NeighbourMode.DEFAULT);

        assertThat(model.buildProperty(ShownList.NEIGHBOUR).getValue()).isEqualTo(new BuildState.Built());
        assertThat(model.neighbourProperty().getValue().rows()).isNotEmpty();
        assertThat(model.recommendationsProperty().get().neighbours()).isNotEmpty();
    }

    /** Tutorial mode, the inspector opened from the neighbours tab, then the Popular tab and the default mode. */
    @Test
    void theNeighbourListTrainsWhenTheModeChangesWhileTheInspectorFollowsItsNeighboursFromAnotherTab() {
        NeighbourInspection inspection = tutorialNeighboursOfUser1InSight();
        Neighbour two = model.recommendationsProperty().get().neighbours().stream()
                .filter(neighbour -> neighbour.userId() == 2).findFirst().orElseThrow();
        assertThat(inspection.inspect(two)).isTrue();
        model.showLists(List.of(ShownList.POPULAR));

        settings.modeProperty().set(NeighbourMode.DEFAULT);

        assertThat(model.buildProperty(ShownList.NEIGHBOUR).getValue()).isEqualTo(new BuildState.Built());
        assertThat(inspection.statusProperty().get()).isNull();
        assertThat(inspection.inspectedProperty().get().comparison().userId()).isEqualTo(2);
    }

    @Test
    void onceTheInspectorClosesTheNeighbourListOutOfSightNoLongerTrains() {
        NeighbourInspection inspection = tutorialNeighboursOfUser1InSight();
        inspection.inspect(model.recommendationsProperty().get().neighbours().get(0));
        model.showLists(List.of(ShownList.POPULAR));

        inspection.stop();
        settings.modeProperty().set(NeighbourMode.DEFAULT);

        assertThat(model.buildProperty(ShownList.NEIGHBOUR).getValue()).isNull();
    }

    @Test
    void aListInSightTrainsOnlyOnceTheUsersAreListedAndAgainForTheNextDataset() throws Exception {
        List<Runnable> worker = new ArrayList<>();
        BackgroundTasks queued = new BackgroundTasks(worker::add, Runnable::run);
        RecommendationModel busy = new RecommendationModel(loaded, new MovieDetailsModel(queued, messages), queued,
                messages);
        busy.showLists(List.of(ShownList.BECAUSE_YOU_LIKED));
        loaded.set(eightUsers);

        assertThat(busy.buildProperty(ShownList.BECAUSE_YOU_LIKED).getValue()).as("while the users are listed")
                .isNull();
        runAll(worker);
        assertThat(busy.buildProperty(ShownList.BECAUSE_YOU_LIKED).getValue()).isEqualTo(new BuildState.Built());

        loaded.set(EightUsers.load());
        assertThat(busy.buildProperty(ShownList.BECAUSE_YOU_LIKED).getValue()).isNull();
        runAll(worker);
        assertThat(busy.buildProperty(ShownList.BECAUSE_YOU_LIKED).getValue()).isEqualTo(new BuildState.Built());
        assertThat(busy.buildProperty(ShownList.BEST_FOR_YOU).getValue()).isNull();
    }

    @Test
    void pickingAMovieTheUserRatedShowsTheirRating() {
        loaded.set(eightUsers);
        pick(1);

        model.select(new MovieSelection(PickedFrom.USER_RATINGS, EightUsers.movieIndex(eightUsers, 4), null));

        MovieDetails details = detailsModel.detailsProperty().get();
        assertThat(details.userRating()).isEqualTo(4.5);
        assertThat(details.explanation()).isNull();
    }

    @Test
    void pickingAnotherUserClearsTheDetails() {
        loaded.set(eightUsers);
        pick(1);
        model.select(new MovieSelection(PickedFrom.POPULAR, EightUsers.movieIndex(eightUsers, 8), null));

        pick(2);

        assertThat(detailsModel.detailsProperty().get()).isNull();
        assertThat(model.userRatings()).hasSize(9);
    }

    @Test
    void aPickedMovieIsExplainedAfreshWhenItsListChanges() {
        loaded.set(eightUsers);
        pick(1);
        settings.modeProperty().set(NeighbourMode.TUTORIAL);
        settings.kProperty().set(2);
        RecommendationRow before = model.neighbourProperty().getValue().rows().get(0);
        model.select(new MovieSelection(PickedFrom.NEIGHBOUR, before.movieIndex(), before.explanation()));

        settings.kProperty().set(3);

        RecommendationRow after = model.neighbourProperty().getValue().rows().stream()
                .filter(row -> row.movieIndex() == before.movieIndex()).findFirst().orElseThrow();
        assertThat(after.explanation()).isNotEqualTo(before.explanation());
        assertThat(detailsModel.detailsProperty().get().explanation()).isEqualTo(after.explanation());
    }

    @Test
    void aPickedMovieThatLeavesItsListIsNoLongerShown() {
        loaded.set(eightUsers);
        model.showLists(List.of(ShownList.NEIGHBOUR));
        pick(1);
        RecommendationRow suggested = model.neighbourProperty().getValue().rows().get(0);
        model.select(new MovieSelection(PickedFrom.NEIGHBOUR, suggested.movieIndex(), suggested.explanation()));

        settings.modeProperty().set(NeighbourMode.TUTORIAL);

        assertThat(model.neighbourProperty().getValue().rows()).isEmpty();
        assertThat(detailsModel.detailsProperty().get()).isNull();
    }

    @Test
    void aMovieFromTheUsersOwnRatingsStaysShownAsTheListsChange() {
        loaded.set(eightUsers);
        pick(1);
        model.select(new MovieSelection(PickedFrom.USER_RATINGS, EightUsers.movieIndex(eightUsers, 4), null));

        settings.modeProperty().set(NeighbourMode.TUTORIAL);

        assertThat(detailsModel.detailsProperty().get().movieIndex()).isEqualTo(EightUsers.movieIndex(eightUsers, 4));
    }

    @Test
    void openingAnotherDatasetKeepsThePickedUserWhereItHasThem() throws Exception {
        loaded.set(eightUsers);
        pick(3);

        loaded.set(EightUsers.load());

        assertThat(settings.userProperty().get().userId()).isEqualTo(3);
        assertThat(model.recommendationsProperty().get().request().userId()).isEqualTo(3);
    }

    @Test
    void aUsersRatingsComeNewestFirstAndRatingsOfOneDayByTitle() {
        loaded.set(eightUsers);

        pick(3);

        assertThat(model.userRatings()).isSortedAccordingTo(RatedMovie.NEWEST_FIRST);
        assertThat(model.userRatings()).extracting(RatedMovie::date).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void anOpeningIsOverOnceTheUsersAreListedAndTheListsOfTheUserKeptPickedShow() throws Exception {
        List<Runnable> worker = new ArrayList<>();
        AfterOpening afterOpening = AfterOpening.holding(Runnable::run);
        RecommendationModel opened = openedOnQueue(worker, afterOpening);
        afterOpening.start();
        loaded.set(eightUsers);
        assertThat(afterOpening.opening()).as("held while the users are listed").isTrue();
        runAll(worker);
        assertThat(afterOpening.opening()).isFalse();
        opened.settings().userProperty().set(opened.users().get(0));
        runAll(worker);

        afterOpening.start();
        loaded.set(EightUsers.load());
        worker.remove(0).run();
        assertThat(opened.usersListedProperty().get()).isTrue();
        assertThat(afterOpening.opening()).as("held while the kept user's lists are worked out").isTrue();
        runAll(worker);

        assertThat(opened.recommendationsProperty().get()).isNotNull();
        assertThat(afterOpening.opening()).isFalse();
    }

    /** Lists of the dataset open, redone while the next one loads, do not end that opening's hold. */
    @Test
    void listsOfTheDatasetBeforeDoNotEndTheNextOpening() throws Exception {
        List<Runnable> worker = new ArrayList<>();
        AfterOpening afterOpening = AfterOpening.holding(Runnable::run);
        RecommendationModel opened = openedOnQueue(worker, afterOpening);
        afterOpening.start();
        loaded.set(eightUsers);
        runAll(worker);
        opened.settings().userProperty().set(opened.users().get(0));
        runAll(worker);

        afterOpening.start();
        opened.settings().userProperty().set(opened.users().get(1));
        runAll(worker);
        assertThat(opened.recommendationsProperty().get()).isNotNull();
        assertThat(afterOpening.opening()).as("held while the next dataset loads").isTrue();

        loaded.set(EightUsers.load());
        runAll(worker);
        assertThat(afterOpening.opening()).isFalse();
    }

    /** A model whose background work waits in {@code worker} until the test runs it. */
    private RecommendationModel openedOnQueue(List<Runnable> worker, AfterOpening afterOpening) {
        BackgroundTasks queued = new BackgroundTasks(worker::add, Runnable::run);
        return new RecommendationModel(loaded, new SimpleObjectProperty<>(), new MovieDetailsModel(queued, messages),
                queued, messages, ShownLists.ofRegistry(), ShownSteps.OFF, ShownStep.NONE, afterOpening);
    }

    /** User 1 picked in tutorial mode with the neighbour list in sight, ready to inspect a neighbour. */
    private NeighbourInspection tutorialNeighboursOfUser1InSight() {
        NeighbourInspection inspection = new NeighbourInspection(model, tasks, messages);
        loaded.set(eightUsers);
        settings.minVotesProperty().set(0);
        settings.modeProperty().set(NeighbourMode.TUTORIAL);
        model.showLists(List.of(ShownList.NEIGHBOUR));
        pick(1);
        return inspection;
    }

    private void pick(int userId) {
        settings.userProperty().set(model.users().stream().filter(user -> user.userId() == userId).findFirst()
                .orElseThrow());
    }

    private static List<String> titles(RankedList list) {
        return list.rows().stream().map(RecommendationRow::title).toList();
    }

    private static void runAll(List<Runnable> worker) {
        while (!worker.isEmpty()) {
            worker.remove(0).run();
        }
    }
}
