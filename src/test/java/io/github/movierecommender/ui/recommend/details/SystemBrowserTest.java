package io.github.movierecommender.ui.recommend.details;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A link opens in the browser; with none, the address is shown and can be copied. */
@ExtendWith(ApplicationExtension.class)
class SystemBrowserTest {

    private static final String URL = "https://www.imdb.com/title/tt0111161/";

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private Stage stage;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void withABrowserTheLinkOpensInIt(FxRobot robot) {
        SystemBrowser browser = new SystemBrowser(opened::add, () -> true, stage, Messages.forLocale(Locale.US));

        robot.interact(() -> browser.open(URL));

        assertThat(opened).containsExactly(URL);
    }

    @Test
    void withoutABrowserTheAddressIsOfferedToCopy(FxRobot robot) {
        SystemBrowser browser = new SystemBrowser(opened::add, () -> false, stage, Messages.forLocale(Locale.US));
        robot.interact(() -> Clipboard.getSystemClipboard().clear());

        javafx.application.Platform.runLater(() -> browser.open(URL));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("No web browser could be opened for this address:");
        assertThat(robot.lookup("#linkAddress").queryAs(TextField.class).getText()).isEqualTo(URL);
        robot.clickOn("Copy the address");

        assertThat(opened).isEmpty();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertThat(copied).isEqualTo(URL);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aBrowserIsFoundOnlyWhenOneIsOnThePath() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.createFile(bin.resolve("xdg-open"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));

        assertThat(SystemBrowser.foundOn(empty.toString())).isFalse();
        assertThat(SystemBrowser.foundOn(empty + File.pathSeparator + bin)).isTrue();
        assertThat(SystemBrowser.foundOn("")).isFalse();
    }
}
