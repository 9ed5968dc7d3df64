package io.github.movierecommender.ui.profile;

import io.github.movierecommender.profile.RatingsImport;
import io.github.movierecommender.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The Profiles menu's questions as dialogs over the window; Enter confirms and Escape cancels each. */
public final class FxProfileDialogs implements ProfileDialogs {

    private static final double WIDTH = 520;

    private final Window owner;
    private final Messages messages;

    public FxProfileDialogs(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<String> askName(String title, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(messages.text("profile.nameLabel"));
        answerButtons(dialog.getDialogPane());
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

    @Override
    public boolean confirmDelete(String name) {
        ButtonType delete = new ButtonType(messages.text("profile.deleteButton"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.text("profile.keepButton"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.format("profile.deleteQuestion", name),
                delete, keep);
        alert.initOwner(owner);
        alert.setTitle(messages.text("profile.deleteTitle"));
        alert.setHeaderText(null);
        ((Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(delete::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseRatingsFile() {
        FileChooser chooser = csvChooser("profile.importTitle");
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportFile(String fileName) {
        FileChooser chooser = csvChooser("profile.exportTitle");
        chooser.setInitialFileName(fileName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Integer> chooseUser(RatingsImport scan) {
        List<UserInFile> users = scan.userIds().stream()
                .map(id -> new UserInFile(id, messages.format("profile.userInFile", id, scan.ratingCount(id))))
                .toList();
        ChoiceDialog<UserInFile> dialog = new ChoiceDialog<>(users.get(0), users);
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("profile.chooseUserTitle"));
        dialog.setHeaderText(null);
        dialog.setContentText(messages.format("profile.chooseUser", scan.file().getFileName(), users.size()));
        answerButtons(dialog.getDialogPane());
        return dialog.showAndWait().map(UserInFile::userId);
    }

    @Override
    public void tell(ProfileNotice notice) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(notice.title());
        alert.setHeaderText(null);
        alert.setContentText(notice.message());
        alert.getButtonTypes().setAll(new ButtonType(messages.text("profile.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.getDialogPane().setPrefWidth(WIDTH);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.show();
    }

    /** OK and Cancel in the app's language rather than the system's. */
    private void answerButtons(DialogPane pane) {
        pane.getButtonTypes().setAll(new ButtonType(messages.text("profile.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.text("profile.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private FileChooser csvChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("profile.csvFilter"), "*.csv"));
        return chooser;
    }

    /** A choice of the user dialog, shown by its label. */
    private record UserInFile(int userId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }
}
