package io.github.movierecommender.ui.act;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The bar above the results telling what the latest action on a movie did ("Hidden: Title"), with
 * Undo (also Ctrl+Z, from the Profiles menu), "Show my lists" when the change went to the own
 * profile while a user of the dataset is shown, and a button that closes it.
 */
public final class ActionNoticeController {

    private final MovieActions actions;

    @FXML
    private HBox actionNotice;
    @FXML
    private Label noticeText;
    @FXML
    private Button undoButton;
    @FXML
    private Button ownListsButton;
    @FXML
    private Button closeNotice;

    public ActionNoticeController(MovieActions actions) {
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        actionNotice.managedProperty().bind(actionNotice.visibleProperty());
        undoButton.managedProperty().bind(undoButton.visibleProperty());
        ownListsButton.managedProperty().bind(ownListsButton.visibleProperty());
        undoButton.setOnAction(event -> actions.undo());
        ownListsButton.setOnAction(event -> actions.showOwnLists());
        closeNotice.setOnAction(event -> actions.dismissNotice());
        actions.noticeProperty().addListener((property, before, now) -> show(now));
        show(actions.noticeProperty().get());
    }

    private void show(ActionNotice notice) {
        actionNotice.setVisible(notice != null);
        noticeText.setText(notice == null ? "" : notice.text());
        noticeText.setTooltip(notice == null ? null : new Tooltip(notice.text()));
        undoButton.setVisible(notice != null && notice.canUndo());
        ownListsButton.setVisible(notice != null && notice.offerOwnLists());
    }
}
