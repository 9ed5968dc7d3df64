package io.github.movierecommender.ui.tour;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.recommend.Neighbour;
import io.github.movierecommender.ui.AppWindow;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.settings.Language;
import io.github.movierecommender.ui.settings.WindowBounds;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The guided tour over an invented dataset of 8 users and 13 movies (68 ratings): opened from the
 * Help menu, walked with the keyboard, its numbers checked against the app's own tables.
 */
@ExtendWith(ApplicationExtension.class)
class TourWindowTest {

    private static final Path EIGHT_USERS = resource("/io/github/movierecommender/ui/recommend/eight-users");
    private static final Path DEMO = Path.of("data", "demo").toAbsolutePath();
    /** A hang guard for unpacking and loading the demo data on a busy machine, in seconds. */
    private static final long DEMO_UNPACKED = 60;
    private static final Pattern PAIR = Pattern.compile(
            "User 1 and user (\\d+) both rated (\\d+) movies.* is (\\d+\\.\\d{3}):");

    private final AppWindow window = new AppWindow();
    private Stage stage;

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void helpOpensTheTourAtTheDatasetsRealCounts(FxRobot robot) throws Exception {
        open(robot, Language.ENGLISH, EIGHT_USERS, 1100, 720);

        openTourFromHelp(robot, "Help", "Tutorial, step by step…");

        assertThat(text(robot, "#tourText")).startsWith("8 users rated 13 movies: 68 ratings, from Sep 16, 2020 to"
                + " Apr 5, 2021.");
        assertThat(selected(robot, "#tabs").getId()).isEqualTo("overviewTab");
        assertThat(robot.lookup("#tourBack").queryButton().isDisabled()).isTrue();
    }

    @Test
    void nextWalksTheChaptersBringingEachTabToFrontAndPickingTheFirstUser(FxRobot robot) throws Exception {
        open(robot, Language.ENGLISH, EIGHT_USERS, 1100, 720);
        openTourFromHelp(robot, "Help", "Tutorial, step by step…");

        robot.type(KeyCode.RIGHT);
        waitForStep(robot, "Step 2 of 7");
        assertThat(selected(robot, "#tabs").getId()).isEqualTo("suggestionsTab");
        assertThat(selected(robot, "#listTabs").getId()).isEqualTo("popularTab");
        assertThat(robot.lookup("#minVotesSlider").queryAs(Slider.class).getStyleClass()).contains("tour-target");
        assertThat(text(robot, "#tourNote")).contains("picked user 1");
        waitUntil(() -> text(robot, "#tourText").startsWith("0 of the 13 movies have at least 50 votes."));

        robot.type(KeyCode.ENTER);
        waitForStep(robot, "Step 3 of 7");
        assertThat(selected(robot, "#listTabs").getId()).isEqualTo("genreTab");
        assertThat(robot.lookup("#minVotesSlider").queryAs(Slider.class).getStyleClass()).doesNotContain("tour-target");
        waitUntil(() -> text(robot, "#tourText").startsWith("User 1 rated 6 movies, 3.8 stars on average."));

        robot.type(KeyCode.ENTER);
        waitForStep(robot, "Step 4 of 7");
        assertThat(selected(robot, "#tabs").getId()).isEqualTo("neighboursTab");

        robot.type(KeyCode.LEFT);
        waitForStep(robot, "Step 3 of 7");
        assertThat(selected(robot, "#tabs").getId()).isEqualTo("suggestionsTab");

        for (String step : List.of("Step 4 of 7", "Step 5 of 7", "Step 6 of 7", "Step 7 of 7")) {
            robot.type(KeyCode.RIGHT);
            waitForStep(robot, step);
        }
        assertThat(selected(robot, "#listTabs").getId()).isEqualTo("neighbourTab");
        assertThat(robot.lookup("#tourNext").queryButton().getText()).isEqualTo("_Finish");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> tourWindow().isEmpty());
    }

    @Test
    void theDistanceOfTheTwoUsersAndOfTheNearestAreTheNeighbourTables(FxRobot robot) throws Exception {
        open(robot, Language.ENGLISH, EIGHT_USERS, 1100, 720);
        openTourFromHelp(robot, "Help", "Tutorial, step by step…");
        for (String step : List.of("Step 2 of 7", "Step 3 of 7", "Step 4 of 7")) {
            robot.type(KeyCode.RIGHT);
            waitForStep(robot, step);
        }
        waitUntil(() -> PAIR.matcher(text(robot, "#tourText")).find());
        Matcher pair = PAIR.matcher(text(robot, "#tourText"));
        assertThat(pair.find()).isTrue();
        @SuppressWarnings("unchecked")
        TableView<Neighbour> table = robot.lookup("#neighboursTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 7);

        Neighbour other = table.getItems().stream().filter(row -> row.userId() == Integer.parseInt(pair.group(1)))
                .findFirst().orElseThrow();
        assertThat(table.getItems()).allMatch(row -> row.common() <= other.common());
        assertThat(pair.group(2)).isEqualTo(String.valueOf(other.common()));
        assertThat(pair.group(3)).isEqualTo(String.format(Locale.US, "%.3f", other.distance()));

        robot.type(KeyCode.RIGHT);
        waitForStep(robot, "Step 5 of 7");
        Neighbour nearest = table.getItems().get(0);
        waitUntil(() -> text(robot, "#tourText").contains(String.format(Locale.US, "the nearest, user %d, is at %.3f"
                + " over %d movies", nearest.userId(), nearest.distance(), nearest.common())));
    }

    @Test
    void escapeClosesTheTourAndTakesItsOutlinesAway(FxRobot robot) throws Exception {
        open(robot, Language.ENGLISH, EIGHT_USERS, 1100, 720);
        openTourFromHelp(robot, "Help", "Tutorial, step by step…");
        robot.type(KeyCode.RIGHT);
        waitForStep(robot, "Step 2 of 7");

        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> tourWindow().isEmpty());
        assertThat(robot.lookup(".tour-target").queryAll()).isEmpty();
        assertThat(robot.lookup("#tabs").queryAs(TabPane.class).getTabs())
                .noneMatch(tab -> tab.getStyleClass().contains("tour-target"));
    }

    @Test
    void withoutADatasetTheTourOffersTheDemoAndGoesOnOnceItIsLoaded(FxRobot robot) throws Exception {
        open(robot, Language.ENGLISH, null, 1100, 720);

        robot.clickOn("#tourLink");

        waitForStep(robot, "Before the tour");
        assertThat(text(robot, "#tourText")).contains("try the demo data");
        assertThat(robot.lookup("#tourNext").queryButton().isDisabled()).isTrue();
        Button demo = robot.lookup("#tourDemoButton").queryButton();
        assertThat(demo.isVisible()).isTrue();
        robot.interact(demo::fire);
        WaitForAsyncUtils.waitFor(DEMO_UNPACKED, TimeUnit.SECONDS, () -> text(robot, "#tourStepNumber").equals("Step 1 of 7"));
        WaitForAsyncUtils.waitFor(DEMO_UNPACKED, TimeUnit.SECONDS,
                () -> text(robot, "#tourText").startsWith("250 users rated 304 movies"));
    }

    @Test
    void inPortugueseTheTourSpeaksPortugueseWithDecimalCommas(FxRobot robot) throws Exception {
        open(robot, Language.PORTUGUESE_BRAZIL, DEMO, 1100, 720);

        openTourFromHelp(robot, "Ajuda", "Tutorial passo a passo…");

        assertThat(text(robot, "#tourStepNumber")).isEqualTo("Passo 1 de 7");
        assertThat(text(robot, "#tourTitle")).isEqualTo("Explorar os dados");
        assertThat(text(robot, "#tourText")).startsWith("250 usuários deram nota a 304 filmes:")
                .containsPattern("A nota média é \\d,\\d\\d estrelas");
        robot.type(KeyCode.RIGHT);
        waitForStep(robot, "Passo 2 de 7");
        waitUntil(() -> text(robot, "#tourText").contains("votos, média "));
        assertThat(text(robot, "#tourText")).containsPattern("média \\d,\\d\\)");
        assertThat(robot.lookup("#tourNext").queryButton().getText()).isEqualTo("_Próximo");
    }

    /**
     * At 1024 × 700, in both languages, on the demo data (whose notice makes the left panel scroll), every
     * step's card is within the window and shows its texts whole, and the outlined sliders are scrolled into sight.
     */
    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"ENGLISH", "PORTUGUESE_BRAZIL"})
    void everyStepFitsAt1024By700WithNoTextCut(Language language, FxRobot robot) throws Exception {
        Messages messages = Messages.forLocale(language.locale(Locale.ENGLISH));
        open(robot, language, DEMO, 1024, 700);
        openTourFromHelp(robot, messages.text("controls.help.menu").replace("_", ""),
                messages.text("tour.menu").replace("_", ""));
        List<String> problems = new ArrayList<>();

        for (int step = 1; step <= TourStep.CHAPTERS.size(); step++) {
            waitForStep(robot, messages.format("tour.stepOf", step, TourStep.CHAPTERS.size()));
            waitUntil(() -> !robot.lookup("#tourWorking").query().isVisible());
            WaitForAsyncUtils.waitForFxEvents();
            Window card = tourWindow().orElseThrow();
            if (card.getY() + card.getHeight() > stage.getY() + stage.getHeight() + 1
                    || card.getX() + card.getWidth() > stage.getX() + stage.getWidth() + 1) {
                problems.add("step " + step + ": the card reaches beyond the window");
            }
            for (Node node : card.getScene().getRoot().lookupAll(".labeled")) {
                if (node.isVisible() && node instanceof Labeled labeled && isCut(labeled)) {
                    problems.add("step " + step + ": \"" + labeled.getText() + "\" is cut");
                }
            }
            Node panel = robot.lookup("#leftPanel").query();
            for (Node outlined : robot.lookup(".tour-target").queryAll()) {
                if (isInside(outlined, panel) && outlined.localToScreen(outlined.getLayoutBounds()).getMaxY()
                        > panel.localToScreen(panel.getLayoutBounds()).getMaxY() + 1) {
                    problems.add("step " + step + ": " + outlined.getId() + " is below the left panel's bottom");
                }
            }
            if (step < TourStep.CHAPTERS.size()) {
                robot.type(KeyCode.RIGHT);
            }
        }

        assertThat(problems).isEmpty();
    }

    private void open(FxRobot robot, Language language, Path dataset, int width, int height) throws Exception {
        robot.interact(() -> window.start(stage, dataFolder, language, () -> dataset, settings -> {
            settings.setWindowBounds(new WindowBounds(0, 0, width, height, false));
            if (dataset != null) {
                settings.rememberOpened(dataset);
            }
        }, UnaryOperator.identity()));
        if (dataset != null) {
            waitUntil(() -> !robot.lookup("#users").queryAs(Labeled.class).getText().isEmpty());
        }
    }

    private static void openTourFromHelp(FxRobot robot, String help, String tour) throws TimeoutException {
        robot.clickOn(help).clickOn(tour);
        waitUntil(() -> tourWindow().isPresent());
        waitUntil(() -> !text(robot, "#tourText").isEmpty() && !robot.lookup("#tourWorking").query().isVisible());
    }

    private static void waitForStep(FxRobot robot, String step) throws TimeoutException {
        waitUntil(() -> text(robot, "#tourStepNumber").equals(step));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static java.util.Optional<Window> tourWindow() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(window -> window.getScene() != null && "tourCard".equals(window.getScene().getRoot().getId()))
                .findFirst();
    }

    private static Tab selected(FxRobot robot, String tabPane) {
        return robot.lookup(tabPane).queryAs(TabPane.class).getSelectionModel().getSelectedItem();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node parent = node; parent != null; parent = parent.getParent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCut(Labeled labeled) {
        String shown = labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .map(Text::getText).findFirst().orElse(null);
        String whole = labeled.getText() == null ? "" : labeled.getText();
        return shown != null && !shown.equals(labeled.isMnemonicParsing() ? whole.replaceFirst("_(?=.)", "") : whole)
                && shown.contains(labeled.getEllipsisString());
    }

    private static Path resource(String name) {
        try {
            return Path.of(TourWindowTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
