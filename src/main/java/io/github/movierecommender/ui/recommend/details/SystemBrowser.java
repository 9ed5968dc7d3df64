package io.github.movierecommender.ui.recommend.details;

import io.github.movierecommender.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * Opens links in the system browser. Where there is none (JavaFX then does nothing at all), it
 * shows the address and offers to copy it.
 */
public final class SystemBrowser implements LinkOpener {

    /** What JavaFX tries on Linux, in its order; one of them on the PATH is a browser it can start. */
    private static final List<String> LINUX_BROWSERS = List.of("xdg-open", "google-chrome", "firefox", "opera",
            "konqueror", "mozilla");

    private final Consumer<String> browser;
    private final BooleanSupplier browserFound;
    private final Window owner;
    private final Messages messages;

    public SystemBrowser(Consumer<String> browser, BooleanSupplier browserFound, Window owner, Messages messages) {
        this.browser = browser;
        this.browserFound = browserFound;
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void open(String url) {
        if (browserFound.getAsBoolean()) {
            browser.accept(url);
        } else {
            offerToCopy(url);
        }
    }

    /** Whether this machine has a browser JavaFX can start: on Linux, one on the PATH; elsewhere the system's. */
    public static boolean found() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return !linux || foundOn(System.getenv().getOrDefault("PATH", ""));
    }

    static boolean foundOn(String path) {
        for (String folder : path.split(File.pathSeparator)) {
            for (String name : LINUX_BROWSERS) {
                if (!folder.isBlank() && isExecutable(folder, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isExecutable(String folder, String name) {
        try {
            return Files.isExecutable(Path.of(folder, name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private void offerToCopy(String url) {
        ButtonType copy = new ButtonType(messages.text("controls.link.copy"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.text("controls.link.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert dialog = new Alert(Alert.AlertType.INFORMATION, "", copy, close);
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("controls.link.title"));
        dialog.setHeaderText(messages.text("controls.link.header"));
        TextField address = new TextField(url);
        address.setId("linkAddress");
        address.setEditable(false);
        dialog.getDialogPane().setContent(address);
        dialog.showAndWait().filter(copy::equals).ifPresent(button -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(url);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
