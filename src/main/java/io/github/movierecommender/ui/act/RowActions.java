package io.github.movierecommender.ui.act;

import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.recommend.RecommendationRow;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Acting on the picked row of a list, with the keyboard or its context menu: 1–5 rate it in whole
 * stars, Shift+1–5 half a star less (Shift+1: half a star), 0 removes the rating, Delete hides it
 * ("Not interested"), W puts it on the watchlist or takes it off. The context menu (right click,
 * the menu key or Shift+F10) offers the same, with every half star. When the list is made again
 * without the movie (hidden, or rated in the own profile), the row now in its place is picked, so
 * the keys can go on down the list.
 */
public final class RowActions {

    private static final double MAX_STARS = 5;
    private static final double HALF = 0.5;

    private final MovieActions actions;
    private final Messages messages;
    /** The row to pick once the list is made again without the movie acted on; -1 for none. */
    private int pickAfterwards = -1;

    private RowActions(MovieActions actions, Messages messages) {
        this.actions = actions;
        this.messages = messages;
    }

    public static void install(TableView<RecommendationRow> table, MovieActions actions, Messages messages) {
        RowActions rows = new RowActions(actions, messages);
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            RecommendationRow row = table.getSelectionModel().getSelectedItem();
            if (row != null && !event.isShortcutDown() && !event.isAltDown() && rows.act(row, event)) {
                rows.pickAfterwards = table.getSelectionModel().getSelectedIndex();
                event.consume();
            }
        });
        ContextMenu menu = new ContextMenu();
        Runnable fill = () -> {
            RecommendationRow row = table.getSelectionModel().getSelectedItem();
            menu.getItems().setAll(row == null ? List.of() : rows.items(row));
        };
        // A context menu without items does not show, so they are made before it is asked to.
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> fill.run());
        table.setContextMenu(menu);
        table.getItems().addListener((ListChangeListener<RecommendationRow>) change -> {
            int at = rows.pickAfterwards;
            rows.pickAfterwards = -1;
            if (at >= 0 && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(Math.min(at, table.getItems().size() - 1));
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if ((event.getCode() == KeyCode.F10 && event.isShiftDown() || event.getCode() == KeyCode.CONTEXT_MENU)
                    && !menu.isShowing() && !table.getSelectionModel().isEmpty()) {
                fill.run();
                var bounds = table.localToScreen(table.getBoundsInLocal());
                menu.show(table, bounds.getMinX() + bounds.getWidth() / 4, bounds.getMinY() + bounds.getHeight() / 4);
                event.consume();
            }
        });
    }

    /** Does what the key asks for the row; false for a key that is no action. */
    private boolean act(RecommendationRow row, KeyEvent event) {
        int digit = digit(event.getCode());
        if (digit == 0 && !event.isShiftDown()) {
            actions.rate(row.movieIndex(), 0);
            return true;
        }
        if (digit > 0) {
            actions.rate(row.movieIndex(), event.isShiftDown() ? digit - HALF : digit);
            return true;
        }
        if (event.getCode() == KeyCode.DELETE && !event.isShiftDown()) {
            actions.hide(row.movieIndex());
            return true;
        }
        if (event.getCode() == KeyCode.W && !event.isShiftDown()) {
            actions.toggleWatchlist(row.movieIndex());
            return true;
        }
        return false;
    }

    private List<MenuItem> items(RecommendationRow row) {
        Menu rate = new Menu(messages.format("act.rateMenu", actions.profileName()));
        rate.setId("rateMenu");
        ToggleGroup stars = new ToggleGroup();
        double now = actions.ownRating(row.movieIndex());
        for (double value = MAX_STARS; value >= HALF; value -= HALF) {
            double chosen = value;
            RadioMenuItem item = new RadioMenuItem(messages.format(value == Math.rint(value) ? "act.starsKey"
                    : "act.halfStarsKey", value, (int) Math.ceil(value)));
            item.setToggleGroup(stars);
            item.setSelected(now == value);
            item.setOnAction(event -> actions.rate(row.movieIndex(), chosen));
            rate.getItems().add(item);
        }
        MenuItem remove = new MenuItem(messages.text("act.removeRatingKey"));
        remove.setDisable(now == 0);
        remove.setOnAction(event -> actions.rate(row.movieIndex(), 0));
        rate.getItems().addAll(new SeparatorMenuItem(), remove);
        List<MenuItem> items = new ArrayList<>();
        items.add(rate);
        MenuItem hide = new MenuItem(messages.text("act.notInterestedKey"));
        hide.setId("notInterestedItem");
        hide.setOnAction(event -> actions.hide(row.movieIndex()));
        boolean watched = actions.isOnWatchlist(actions.movieId(row.movieIndex()));
        MenuItem watch = new MenuItem(messages.text(watched ? "act.watchRemoveKey" : "act.watchAddKey"));
        watch.setId("watchlistItem");
        watch.setOnAction(event -> actions.toggleWatchlist(row.movieIndex()));
        items.add(hide);
        items.add(watch);
        return items;
    }

    private static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT0, NUMPAD0 -> 0;
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            default -> -1;
        };
    }
}
