package io.github.movierecommender.ui.profile;

import static io.github.movierecommender.ui.profile.DemoWindow.lines;
import static io.github.movierecommender.ui.profile.DemoWindow.movies;
import static io.github.movierecommender.ui.profile.DemoWindow.rateFound;
import static io.github.movierecommender.ui.profile.DemoWindow.rows;
import static io.github.movierecommender.ui.profile.DemoWindow.text;
import static io.github.movierecommender.ui.profile.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.recommend.UserChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The Profiles menu in a real window on the demo data, its questions answered by the test. */
@ExtendWith(ApplicationExtension.class)
class ProfilesMenuWindowTest {

    private final DemoWindow window = new DemoWindow();
    private final AnsweringDialogs dialogs = new AnsweringDialogs();

    @TempDir
    Path dataFolder;

    private Path profiles;

    @Start
    void start(Stage stage) throws Exception {
        profiles = dataFolder.resolve("profiles");
        window.start(stage, dataFolder, (owner, messages) -> dialogs);
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void aNewProfileRatedFiveTimesIsSavedAndFillsTheLists(FxRobot robot) throws Exception {
        DemoWindow.openDemo(robot);
        dialogs.name = "Ana";

        choose(robot, "#newProfileItem");

        waitUntil(() -> picked(robot).equals("Ana (your ratings)"), () -> picked(robot));
        assertThat(dialogs.namesAskedFor).containsExactly("New profile []");
        robot.clickOn("Rate movies");
        waitUntil(() -> movies(robot).getItems().size() == StarterMovies.COUNT);
        List<Map.Entry<String, Integer>> searches = List.of(Map.entry("matrix 1999", 166),
                Map.entry("godfather 1972", 57), Map.entry("titanic", 149), Map.entry("toy story 1995", 136),
                Map.entry("alien 1979", 71));
        int halfStarsMore = 0;
        for (Map.Entry<String, Integer> search : searches) {
            rateFound(robot, search.getKey(), search.getValue());
            for (int i = 0; i < halfStarsMore; i++) {
                robot.push(KeyCode.RIGHT);
            }
            halfStarsMore += 2;
        }

        Path saved = profiles.resolve("Ana.csv");
        waitUntil(() -> lines(saved) == 1 + 5, () -> saved + " has " + lines(saved) + " lines");
        assertThat(Files.readString(saved)).contains("0,166,", "0,57,", "0,149,", "0,136,", "0,71,");
        assertThat(Files.readString(profiles.resolve("Me.csv")).strip()).isEqualTo("userId,movieId,rating,timestamp");
        waitUntil(() -> rows(robot, "#popular") > 0 && rows(robot, "#genre") > 0,
                () -> text(robot, "#popular .empty-reason") + " / " + text(robot, "#genre .empty-reason"));
        assertThat(robot.lookup("#userRatingsTable").queryAs(TableView.class).getItems()).hasSize(5);
        assertThat(dialogs.told).isEmpty();
    }

    @Test
    void renamingRenamesTheFileAndThePickerEntry(FxRobot robot) throws Exception {
        DemoWindow.openDemo(robot);
        waitUntil(() -> Files.exists(profiles.resolve("Me.csv")));
        dialogs.name = "Ana Maria";

        choose(robot, "#renameProfileItem");

        waitUntil(() -> Files.exists(profiles.resolve("Ana Maria.csv")));
        assertThat(profiles.resolve("Me.csv")).doesNotExist();
        assertThat(dialogs.namesAskedFor).containsExactly("Rename the profile Me [Me]");
        waitUntil(() -> pickerEntries(robot).contains("Ana Maria (your ratings)"),
                () -> pickerEntries(robot).toString());
        assertThat(pickerEntries(robot)).doesNotContain("Me (your ratings)");
        assertThat(profileChoices(robot)).containsExactly("Ana Maria");
    }

    @Test
    void deletingAsksFirstAndKeepsTheProfileWhenTheAnswerIsNo(FxRobot robot) throws Exception {
        DemoWindow.openDemo(robot);
        dialogs.name = "Ana";
        choose(robot, "#newProfileItem");
        waitUntil(() -> Files.exists(profiles.resolve("Ana.csv")));

        dialogs.deleteConfirmed = false;
        choose(robot, "#deleteProfileItem");
        dialogs.name = "Bea";
        choose(robot, "#newProfileItem");
        waitUntil(() -> Files.exists(profiles.resolve("Bea.csv")));
        assertThat(profiles.resolve("Ana.csv")).exists();

        dialogs.deleteConfirmed = true;
        choose(robot, "#deleteProfileItem");
        waitUntil(() -> !Files.exists(profiles.resolve("Bea.csv")));
        waitUntil(() -> picked(robot).equals("Ana (your ratings)"),
                () -> picked(robot));
        assertThat(dialogs.deletesAsked).containsExactly("Ana", "Bea");
        assertThat(profileChoices(robot)).containsExactly("Ana", "Me");
        assertThat(profiles.resolve("Ana.csv")).exists();
    }

    /** The entry the user picker shows, not a cell it keeps aside for measuring. */
    private static String picked(FxRobot robot) {
        return robot.lookup("#userPicker .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getParent() instanceof ComboBox).map(ListCell::getText)
                .findFirst().orElse("");
    }

    /** Opens the Profiles menu with a click and clicks the item. */
    private static void choose(FxRobot robot, String item) {
        robot.clickOn("#profilesMenu").clickOn(item);
    }

    @SuppressWarnings("unchecked")
    private static List<String> pickerEntries(FxRobot robot) {
        ComboBox<UserChoice> picker = robot.lookup("#userPicker").queryAs(ComboBox.class);
        return picker.getItems().stream().limit(2).map(UserChoice::label).toList();
    }

    /** The profiles the Profiles menu offers to switch to. */
    private static List<String> profileChoices(FxRobot robot) {
        Menu menu = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(candidate -> "profilesMenu".equals(candidate.getId())).findFirst().orElseThrow();
        return menu.getItems().stream().filter(RadioMenuItem.class::isInstance).map(MenuItem::getText).toList();
    }
}
