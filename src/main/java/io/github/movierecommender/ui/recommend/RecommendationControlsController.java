package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.ui.i18n.ChoiceText;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.timing.ShownStep;
import javafx.beans.property.IntegerProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import org.controlsfx.control.SearchableComboBox;

/** The left panel's controls: the user picker, the k, n and minimum-votes sliders, the mode and measure. */
public final class RecommendationControlsController {

    /** The timed step from a key pressed in the user picker's search to its matches shown. */
    public static final String FILTER_STEP = "picker-filter";

    private final RecommendationModel model;
    private final Messages messages;
    private final ShownStep filterShown;

    @FXML
    private Node controls;
    @FXML
    private Label userLabel;
    @FXML
    private SearchableComboBox<UserChoice> userPicker;
    @FXML
    private Label kLabel;
    @FXML
    private Slider kSlider;
    @FXML
    private Label kValue;
    @FXML
    private Label nLabel;
    @FXML
    private Slider nSlider;
    @FXML
    private Label nValue;
    @FXML
    private Label minVotesLabel;
    @FXML
    private Slider minVotesSlider;
    @FXML
    private Label minVotesValue;
    @FXML
    private Label modeLabel;
    @FXML
    private ChoiceBox<NeighbourMode> modeChoice;
    @FXML
    private Label measureLabel;
    @FXML
    private ChoiceBox<Measure> measureChoice;

    /** {@code filterShown} times each key typed in the user picker's search until its matches show. */
    public RecommendationControlsController(RecommendationModel model, Messages messages, ShownStep filterShown) {
        this.model = model;
        this.messages = messages;
        this.filterShown = filterShown;
    }

    @FXML
    private void initialize() {
        RecommendationSettings settings = model.settings();
        controls.disableProperty().bind(model.availableProperty().not());
        userLabel.setLabelFor(userPicker);
        userPicker.setConverter(ChoiceText.of(UserChoice::label));
        UserSearch.install(userPicker, new UserEntries(model.users(), messages, UserEntries.SHOWN),
                settings.userProperty(), filterShown);
        userPicker.skinProperty().addListener((property, before, skin) -> ManyItemsPopup.measureFewRows(userPicker));
        ShortcutKeys.passOver(userPicker);
        follow(kLabel, kSlider, kValue, settings.kProperty());
        nSlider.setMax(RecommendationSettings.MAX_N);
        follow(nLabel, nSlider, nValue, settings.nProperty());
        follow(minVotesLabel, minVotesSlider, minVotesValue, settings.minVotesProperty());
        modeLabel.setLabelFor(modeChoice);
        modeChoice.getItems().setAll(NeighbourMode.values());
        modeChoice.setConverter(ChoiceText.of(mode -> messages.text("mode." + mode.name())));
        modeChoice.valueProperty().bindBidirectional(settings.modeProperty());
        measureLabel.setLabelFor(measureChoice);
        measureChoice.getItems().setAll(Measure.values());
        measureChoice.setConverter(ChoiceText.of(measure -> messages.text("measure." + measure.name())));
        measureChoice.valueProperty().bindBidirectional(settings.measureProperty());
        measureChoice.disableProperty().bind(settings.modeProperty().isEqualTo(NeighbourMode.DEFAULT));
        measureLabel.disableProperty().bind(measureChoice.disableProperty());
    }

    /** The setting follows the slider as it is dragged, in whole steps, and the label shows it. */
    private static void follow(Label label, Slider slider, Label value, IntegerProperty setting) {
        label.setLabelFor(slider);
        slider.setValue(setting.get());
        slider.valueProperty().addListener((property, before, now) -> setting.set((int) Math.round(now.doubleValue())));
        setting.addListener((property, before, now) -> slider.setValue(now.intValue()));
        value.textProperty().bind(setting.asString());
    }
}
