package io.github.movierecommender.ui.recommend;

import static io.github.movierecommender.ui.WindowSteps.text;
import static io.github.movierecommender.ui.WindowSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.posters.ApiKey;
import io.github.movierecommender.posters.FakeTmdb;
import io.github.movierecommender.ui.AppWindow;
import io.github.movierecommender.ui.posters.PosterSettings;
import io.github.movierecommender.ui.settings.AppSettings;
import io.github.movierecommender.ui.settings.Language;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Posters in a real window, fetched from a local server answering like TMDB: the lists as posters,
 * navigable by keys and picking the movie, the details' poster; placeholders (title, year) without a
 * key; a refused key said once; the key entered in Settings, masked, kept and cleared.
 */
@ExtendWith(ApplicationExtension.class)
class PostersWindowTest {

    /** The movies of user 1's popular list (all but the 6 rated) with a TMDB id; 13 has a poster-less entry. */
    private static final List<Integer> WITH_POSTERS = List.of(7007, 7008, 7009, 7010, 7011);

    private static final String REFUSED = "TMDB refused the API key, so the posters show as placeholders."
            + " Check the key in Settings › TMDB API key…";

    @AutoClose
    final FakeTmdb tmdb = new FakeTmdb();
    private final AppWindow window = new AppWindow();
    private final AtomicReference<AppSettings> settings = new AtomicReference<>();
    private Stage stage;

    @TempDir
    Path dataFolder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        for (int id : WITH_POSTERS) {
            tmdb.poster(id, FakeTmdb.png(37, 55, new Color(id % 256, 90, 160)));
        }
        tmdb.noPoster(7013);
    }

    @Stop
    void stop() throws Exception {
        window.stop();
    }

    private void open(FxRobot robot, Consumer<AppSettings> changes) throws TimeoutException {
        robot.interact(() -> window.start(stage, dataFolder, Language.ENGLISH, () -> EightUsers.path(), app -> {
            settings.set(app);
            changes.accept(app);
        }, parts -> parts.links(url -> { }).tmdb(tmdb.base())));
        EightUsers.openAndPickUserOne(robot);
        waitUntil(() -> popular(robot).getItems().size() == 7);
    }

    private static void keep(AppSettings app, String key) {
        new PosterSettings(app.section(PosterSettings.SECTION)).setKey(ApiKey.parse(key).orElseThrow());
    }

    @Test
    void postersAppearFromTheLocalServerAndTheGridPicksTheMovie(FxRobot robot) throws TimeoutException {
        open(robot, app -> keep(app, FakeTmdb.KEY));

        robot.clickOn("#postersToggle");

        waitUntil(() -> posters(robot, "#popular").size() == WITH_POSTERS.size());
        assertThat(robot.lookup("#popular .table-view").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#popular .poster-placeholder").queryAll().stream().filter(Node::isVisible)
                .map(placeholder -> ((Labeled) placeholder.lookup(".placeholder-title")).getText()))
                .as("the movies without a TMDB id or a poster keep their placeholders")
                .containsExactlyInAnyOrder("Untitled Heist Project", "Nine Lives of Juno");
        RecommendationRow first = popular(robot).getItems().get(0);
        RecommendationRow second = popular(robot).getItems().get(1);
        assertThat(captions(robot)).first().isEqualTo(first.title() + " (" + first.year() + ")");

        robot.clickOn(robot.lookup("#popular .poster-tile").queryAs(Node.class));
        waitUntil(() -> text(robot, "#detailsTitle").equals(first.title()));
        robot.push(KeyCode.RIGHT);
        waitUntil(() -> text(robot, "#detailsTitle").equals(second.title()));
        assertThat(popular(robot).getSelectionModel().getSelectedIndex()).isEqualTo(1);
        waitUntil(() -> robot.lookup("#detailsPoster .image-view").queryAs(ImageView.class).getImage() != null);

        robot.clickOn("#postersToggle");
        assertThat(robot.lookup("#popular .table-view").queryAs(Node.class).isVisible()).isTrue();
        assertThat(popular(robot).getSelectionModel().getSelectedItem()).isEqualTo(second);
        assertThat(tmdb.hits("/t/p/w185/poster7007.png")).as("fetched once, then kept").isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryMovieShowsItsPlaceholderAndNothingIsAsked(FxRobot robot) throws TimeoutException {
        open(robot, app -> { });

        robot.clickOn("#postersToggle");
        waitUntil(() -> captions(robot).size() == 7);
        robot.clickOn(robot.lookup("#popular .poster-tile").queryAs(Node.class));
        RecommendationRow first = popular(robot).getItems().get(0);
        waitUntil(() -> text(robot, "#detailsTitle").equals(first.title()));

        assertThat(posters(robot, "#popular")).isEmpty();
        assertThat(robot.lookup("#popular .placeholder-title").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactlyElementsOf(popular(robot).getItems().stream().map(RecommendationRow::title).toList());
        assertThat(text(robot, "#detailsPoster .placeholder-title")).isEqualTo(first.title());
        assertThat(text(robot, "#detailsPoster .placeholder-year")).isEqualTo(String.valueOf(first.year()));
        assertThat(robot.lookup("#posterNotice").queryAs(Node.class).isVisible()).isFalse();
        assertThat(tmdb.asked()).isEmpty();
    }

    @Test
    void aRefusedKeyIsSaidOnceAndNotAskedAgain(FxRobot robot) throws TimeoutException {
        String wrong = "ffffeeeeddddccccbbbbaaaa99998888";
        open(robot, app -> keep(app, wrong));

        robot.clickOn(robot.from(robot.lookup("#popular").queryAs(Node.class)).lookup("Cold Harbour")
                .queryAs(Node.class));
        waitUntil(() -> robot.lookup("#posterNotice").queryAs(Node.class).isVisible());
        assertThat(text(robot, "#posterNotice")).isEqualTo(REFUSED).doesNotContain(wrong);
        robot.clickOn("#postersToggle");
        waitUntil(() -> captions(robot).size() == 7);

        assertThat(robot.lookup("#posterNotice").queryAs(Node.class).isVisible())
                .as("said once: by the posters while they show, not by the details too").isFalse();
        assertThat(text(robot, "#popular #posterGridNotice")).isEqualTo(REFUSED);
        assertThat(posters(robot, "#popular")).isEmpty();
        assertThat(tmdb.asked()).as("once refused, the key is not tried again").hasSize(1);
    }

    @Test
    void withoutANetworkThePlaceholdersStayAndTheReasonIsSaid(FxRobot robot) throws Exception {
        tmdb.close();
        open(robot, app -> keep(app, FakeTmdb.KEY));

        robot.clickOn("#postersToggle");
        waitUntil(() -> robot.lookup("#popular #posterGridNotice").queryAs(Node.class).isVisible());

        assertThat(text(robot, "#popular #posterGridNotice"))
                .isEqualTo("Posters could not be fetched (TMDB could not be reached), so they show as placeholders.");
        assertThat(captions(robot)).hasSize(7);
        assertThat(posters(robot, "#popular")).isEmpty();
    }

    @Test
    void theKeyIsEnteredMaskedKeptAndCleared(FxRobot robot) throws TimeoutException {
        open(robot, app -> { });

        robot.clickOn("Settings").clickOn("TMDB API key…");
        waitUntil(() -> robot.lookup("#tmdbKeyField").tryQuery().isPresent());
        assertThat(robot.lookup("#tmdbKeyField").queryAs(Node.class)).isInstanceOf(PasswordField.class);
        assertThat(text(robot, "#tmdbAttribution"))
                .isEqualTo("This product uses the TMDB API but is not endorsed or certified by TMDB.");
        robot.clickOn("#tmdbKeyField").write("not a key!");
        robot.clickOn("#saveTmdbKey");
        assertThat(text(robot, "#tmdbKeyProblem")).isEqualTo("A TMDB API key holds only letters and digits.");
        PasswordField field = robot.lookup("#tmdbKeyField").queryAs(PasswordField.class);
        robot.interact(() -> field.setText(" " + FakeTmdb.KEY + " "));
        robot.clickOn("#saveTmdbKey");

        PosterSettings kept = new PosterSettings(settings.get().section(PosterSettings.SECTION));
        assertThat(kept.key()).contains(ApiKey.parse(FakeTmdb.KEY).orElseThrow());
        robot.clickOn("#postersToggle");
        waitUntil(() -> posters(robot, "#popular").size() == WITH_POSTERS.size());

        robot.clickOn("Settings").clickOn("TMDB API key…");
        waitUntil(() -> robot.lookup("#clearTmdbKey").tryQuery().isPresent());
        robot.clickOn("#clearTmdbKey");
        assertThat(kept.key()).isEmpty();
        waitUntil(() -> posters(robot, "#popular").isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static TableView<RecommendationRow> popular(FxRobot robot) {
        return robot.lookup("#popular .table-view").queryAs(TableView.class);
    }

    private static List<ImageView> posters(FxRobot robot, String list) {
        return robot.lookup(list + " .poster-frame .image-view").queryAllAs(ImageView.class).stream()
                .filter(view -> view.getImage() != null).toList();
    }

    private static List<String> captions(FxRobot robot) {
        return robot.lookup("#popular .poster-caption").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .toList();
    }
}
