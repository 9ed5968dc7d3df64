package io.github.movierecommender.ui.act;

import io.github.movierecommender.profile.MovieListKind;
import io.github.movierecommender.ui.i18n.Messages;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The Profiles menu's items for acting on movies: Undo (Ctrl+Z) of the latest action, the hidden
 * movies to show again, the watchlist, and its export as CSV.
 */
public final class ActMenuItems {

    private final MovieActions actions;
    private final MarkedMoviesDialog dialog;
    private final Messages messages;
    private final Window owner;

    public ActMenuItems(MovieActions actions, MarkedMoviesDialog dialog, Messages messages, Window owner) {
        this.actions = actions;
        this.dialog = dialog;
        this.messages = messages;
        this.owner = owner;
    }

    /** New items each time, as the menu is filled again whenever its profiles change. */
    public List<MenuItem> items() {
        MenuItem undo = new MenuItem();
        undo.setId("undoActionItem");
        undo.textProperty().bind(actions.undoTextProperty());
        undo.disableProperty().bind(actions.canUndoProperty().not());
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(event -> actions.undo());
        return List.of(undo,
                item("act.hiddenItem", "hiddenMoviesItem", () -> dialog.show(owner, MovieListKind.HIDDEN)),
                item("act.watchlistItem", "watchlistItem", () -> dialog.show(owner, MovieListKind.WATCHLIST)),
                item("act.exportWatchlistItem", "exportWatchlistItem", dialog::exportWatchlist));
    }

    private MenuItem item(String key, String id, Runnable action) {
        MenuItem item = new MenuItem(messages.text(key));
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }
}
