package io.github.movierecommender.ui.recommend;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.AppWindow;
import io.github.movierecommender.ui.settings.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Acting on a suggestion in a real window, on the eight users' data: rating a movie from a list,
 * "Not interested" with Undo and the hidden movies kept across a restart, and the watchlist's CSV.
 */
@ExtendWith(ApplicationExtension.class)
class ActOnSuggestionsWindowTest {

    /** User 1's ratings, given as the own profile's: the lists then hold movies 7–13, as they do for user 1. */
    private static final String ME = "userId,movieId,rating,timestamp\n0,1,4.0,10\n0,2,3.0,10\n0,3,2.0,10\n"
            + "0,4,5.0,10\n0,5,4.0,10\n0,6,1.0,10\n";

    private AppWindow window = new AppWindow();

    @TempDir
    Path dataFolder;
    @TempDir
    Path exports;

    @Start
    void start(Stage stage) throws IOException {
        Path profiles = Files.createDirectories(dataFolder.resolve("profiles"));
        Files.writeString(profiles.resolve("Me.csv"), ME);
        startOn(stage);
    }

    private void startOn(Stage stage) {
        window.start(stage, dataFolder, Language.ENGLISH, EightUsers.path(), parts -> parts.links(url -> { })
                .saveChoosers(owner -> (title, fileName, filter, extension) -> Optional.of(exports.resolve(fileName))));
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void ratingFromAListChangesTheListsAndUndoTakesTheRatingBack(FxRobot robot) throws Exception {
        EightUsers.openAndPickUserOne(robot);
        pickUser(robot, "Me (", "Me (your ratings)");
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        waitUntil(() -> titles(robot, "#popular").size() == 7);

        pickRow(robot, "Cold Harbour");
        robot.push(KeyCode.DIGIT4);

        waitUntil(() -> titles(robot, "#popular").size() == 6 && !titles(robot, "#popular").contains("Cold Harbour"));
        waitUntil(() -> read(profile()).contains("\n0,8,4.0,"));
        assertThat(text(robot, "#noticeText")).isEqualTo("Rated Cold Harbour (2008): 4.0 stars in your profile “Me”.");
        assertThat(table(robot, "#popular").getSelectionModel().getSelectedItem())
                .as("the row now in its place is picked, for the next key").isNotNull();

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));

        waitUntil(() -> titles(robot, "#popular").contains("Cold Harbour"));
        waitUntil(() -> !read(profile()).contains("\n0,8,"));
    }

    @Test
    void ratingWhileADatasetUserIsShownGoesToTheOwnProfileAndSaysSo(FxRobot robot) throws Exception {
        EightUsers.openAndPickUserOne(robot);
        waitUntil(() -> titles(robot, "#popular").size() == 7);

        pickRow(robot, "Laugh Track");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHIFT_DOWN));

        waitUntil(() -> read(profile()).contains("\n0,7,3.5,"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, "#popular")).as("user 1's list stays user 1's").contains("Laugh Track").hasSize(7);
        assertThat(text(robot, "#noticeText")).isEqualTo("Rated Laugh Track (2001): 3.5 stars in your profile “Me”. "
                + "The lists shown are a dataset user's and stay as they are.");

        robot.clickOn("#ownListsButton");

        waitUntil(() -> text(robot, "#userPicker .list-cell").equals("Me (your ratings)"));
    }

    @Test
    void notInterestedHidesAndUndoRestoresSurvivingARestart(FxRobot robot) throws Exception {
        Path hidden = dataFolder.resolve("profiles").resolve("Me.hidden.csv");
        EightUsers.openAndPickUserOne(robot);
        waitUntil(() -> titles(robot, "#popular").size() == 7);

        pickRow(robot, "Cold Harbour");
        robot.push(KeyCode.DELETE);

        waitUntil(() -> titles(robot, "#popular").size() == 6 && !titles(robot, "#popular").contains("Cold Harbour"));
        waitUntil(() -> read(hidden).contains("\n8,"));
        assertThat(text(robot, "#noticeText")).isEqualTo("Hidden: Cold Harbour (2008) (not interested, profile “Me”)");

        robot.clickOn("#undoButton");

        waitUntil(() -> titles(robot, "#popular").contains("Cold Harbour"));
        waitUntil(() -> !read(hidden).contains("\n8,"));

        pickRow(robot, "Cold Harbour");
        robot.push(KeyCode.DELETE);
        waitUntil(() -> read(hidden).contains("\n8,"));
        restart(robot);
        EightUsers.openAndPickUserOne(robot);

        waitUntil(() -> titles(robot, "#popular").size() == 6);
        assertThat(titles(robot, "#popular")).doesNotContain("Cold Harbour");

        robot.clickOn("Profiles").clickOn("Hidden movies…");
        waitUntil(() -> robot.lookup("#hiddenTable").tryQuery().isPresent());
        assertThat(robot.lookup("#hiddenTable").queryAs(TableView.class).getItems()).hasSize(1);
        robot.clickOn("#showAgainButton");

        waitUntil(() -> titles(robot, "#popular").contains("Cold Harbour"));
        waitUntil(() -> robot.lookup("#hiddenTable").queryAs(TableView.class).getItems().isEmpty());
        assertThat(read(hidden)).isEqualTo("movieId,timestamp\n");
    }

    @Test
    void theWatchlistExportsAsCsvWithTitles(FxRobot robot) throws Exception {
        EightUsers.openAndPickUserOne(robot);
        waitUntil(() -> titles(robot, "#popular").size() == 7);

        pickRow(robot, "Cold Harbour");
        robot.push(KeyCode.W);
        pickRow(robot, "Laugh Track");
        waitUntil(() -> text(robot, "#detailsTitle").equals("Laugh Track"));
        robot.push(new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN));
        waitUntil(() -> robot.lookup("Add to watchlist (W)").tryQuery().isPresent());
        robot.clickOn("Add to watchlist (W)");
        waitUntil(() -> read(dataFolder.resolve("profiles").resolve("Me.watchlist.csv")).lines().count() == 3);
        waitUntil(() -> text(robot, "#watchlistButton").equals("Remove from watchlist"));

        robot.clickOn("Profiles").clickOn("Export watchlist as CSV…");

        Path exported = exports.resolve("Me watchlist.csv");
        waitUntil(() -> Files.exists(exported));
        assertThat(read(exported).replaceAll("\\d{4}-\\d{2}-\\d{2}", "DAY")).isEqualTo("""
                movieId,title,year,genres,added
                7,Laugh Track,2001,Comedy|Romance,DAY
                8,Cold Harbour,2008,Crime|Drama,DAY
                """);
    }

    @Test
    void aHiddenMovieLeavesMoreLikeThisToo(FxRobot robot) throws Exception {
        EightUsers.openAndPickUserOne(robot);
        waitUntil(() -> titles(robot, "#popular").size() == 7);
        pickRow(robot, "Cold Harbour");
        waitUntil(() -> !similarTitles(robot).isEmpty());
        String similar = similarTitles(robot).get(0);
        String hiddenTitle = titles(robot, "#popular").stream().filter(similar::startsWith).findFirst().orElseThrow();

        pickRow(robot, hiddenTitle);
        robot.push(KeyCode.DELETE);
        waitUntil(() -> !titles(robot, "#popular").contains(hiddenTitle));
        pickRow(robot, "Cold Harbour");

        waitUntil(() -> !similarTitles(robot).isEmpty());
        assertThat(similarTitles(robot)).noneMatch(title -> title.startsWith(hiddenTitle));
    }

    private static List<String> similarTitles(FxRobot robot) {
        return robot.lookup("#moreLikeThis .list-cell").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .map(javafx.scene.control.Labeled::getText).filter(text -> text != null && !text.isEmpty()).toList();
    }

    /** Stops the app as closing its window does, and starts it again on the same data folder. */
    private void restart(FxRobot robot) {
        robot.interact(() -> {
            try {
                window.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            window = new AppWindow();
            startOn(new Stage());
        });
    }

    private Path profile() {
        return dataFolder.resolve("profiles").resolve("Me.csv");
    }

    private static void pickUser(FxRobot robot, String typed, String shown) throws TimeoutException {
        robot.push(new KeyCodeCombination(KeyCode.U, KeyCombination.ALT_DOWN)).push(KeyCode.DOWN);
        robot.write(typed).push(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#userPicker .list-cell").equals(shown));
    }

    private static void pickRow(FxRobot robot, String title) throws TimeoutException {
        waitUntil(() -> robot.from(robot.lookup("#popular").queryAs(Node.class)).lookup(title).tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#popular").queryAs(Node.class)).lookup(title).queryAs(Node.class));
        waitUntil(() -> {
            RecommendationRow picked = table(robot, "#popular").getSelectionModel().getSelectedItem();
            return picked != null && picked.title().equals(title);
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<RecommendationRow> table(FxRobot robot, String list) {
        return robot.lookup(list + " .table-view").queryAs(TableView.class);
    }

    private static List<String> titles(FxRobot robot, String list) {
        return table(robot, list).getItems().stream().map(RecommendationRow::title).toList();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
