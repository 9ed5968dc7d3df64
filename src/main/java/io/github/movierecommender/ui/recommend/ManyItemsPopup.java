package io.github.movierecommender.ui.recommend;

import javafx.scene.control.ComboBox;

/**
 * Has the user picker's popup size its width by measuring its first rows only, not every one of the
 * up to {@value UserEntries#SHOWN} entries and the note it lists: each row measured is a cell made and
 * laid out, and the users' labels differ little in width.
 */
final class ManyItemsPopup {

    /** The property JavaFX's ComboBoxListViewSkin reads for how many rows to measure. */
    private static final String ROWS_TO_MEASURE_KEY = "comboBoxRowsToMeasureWidth";
    private static final int ROWS_TO_MEASURE = 50;
    /** The id ControlsFX gives the inner combo box of a SearchableComboBox that shows the filtered popup. */
    private static final String FILTERED_POPUP_ID = "#filtered";

    private ManyItemsPopup() {
    }

    /** Call once the combo box has its skin, which is when the inner popup's combo box exists. */
    static void measureFewRows(ComboBox<?> comboBox) {
        comboBox.getProperties().put(ROWS_TO_MEASURE_KEY, ROWS_TO_MEASURE);
        if (comboBox.lookup(FILTERED_POPUP_ID) instanceof ComboBox<?> popup) {
            popup.getProperties().put(ROWS_TO_MEASURE_KEY, ROWS_TO_MEASURE);
        }
    }
}
