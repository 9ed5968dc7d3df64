package io.github.movierecommender.ui.evaluate;

import io.github.movierecommender.eval.EvalResult;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.ui.i18n.ChoiceText;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.table.Cells;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/** The Evaluation tab: binds the form, the results table and the chart to the model and forwards the buttons. */
public final class EvaluationController {

    /** Room for a bold header of short words, since the table lays out before CSS gives its font. */
    private static final double WIDTH_PER_LETTER = 12;
    private static final double HEADER_PADDING = 30;
    private static final double MIN_COLUMN_WIDTH = 70;

    private final EvaluationModel model;
    private final Messages messages;
    /** Spinners bind through these adapters; bidirectional bindings hold them only weakly. */
    private final List<ObjectProperty<Integer>> spinnerValues = new ArrayList<>();

    @FXML
    private MenuButton methodsButton;
    @FXML
    private Label ksLabel;
    @FXML
    private TextField ksField;
    @FXML
    private Label nLabel;
    @FXML
    private Spinner<Integer> nSpinner;
    @FXML
    private Label protocolLabel;
    @FXML
    private ChoiceBox<EvaluationForm.ProtocolKind> protocolChoice;
    @FXML
    private Label foldsLabel;
    @FXML
    private Spinner<Integer> foldsSpinner;
    @FXML
    private Label heldOutLabel;
    @FXML
    private Spinner<Integer> heldOutSpinner;
    @FXML
    private Label seedLabel;
    @FXML
    private Spinner<Integer> seedSpinner;
    @FXML
    private Label usersLabel;
    @FXML
    private Spinner<Integer> usersSpinner;
    @FXML
    private Button runButton;
    @FXML
    private Button cancelButton;
    @FXML
    private Button surpriseButton;
    @FXML
    private Button exportButton;
    @FXML
    private Label status;
    @FXML
    private Label heading;
    @FXML
    private TableView<EvalResult> table;
    @FXML
    private TableColumn<EvalResult, String> methodColumn;
    @FXML
    private TableColumn<EvalResult, Integer> kColumn;
    @FXML
    private Label metricLabel;
    @FXML
    private ChoiceBox<Metric> metricChoice;
    @FXML
    private Label metricDirection;
    @FXML
    private Button saveChartButton;
    @FXML
    private Label chartNotice;
    @FXML
    private LineChart<Number, Number> chart;
    @FXML
    private NumberAxis metricAxis;

    public EvaluationController(EvaluationModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        EvaluationForm form = model.form();
        List<BooleanProperty> chosen = new ArrayList<>();
        for (Method method : form.choices()) {
            CheckBox check = new CheckBox(methodName(method.name()));
            check.setId("method-" + method.name());
            check.selectedProperty().bindBidirectional(form.methodProperty(method.name()));
            methodsButton.getItems().add(new CustomMenuItem(check, false));
            chosen.add(check.selectedProperty());
        }
        methodsButton.textProperty().bind(Bindings.createStringBinding(() -> messages.format("evaluate.methodsChosen",
                chosen.stream().filter(BooleanProperty::get).count(), chosen.size()),
                chosen.toArray(BooleanProperty[]::new)));
        ksField.textProperty().bindBidirectional(form.ksProperty());
        ksLabel.setLabelFor(ksField);
        bindSpinner(nSpinner, nLabel, form.nProperty(), 1, 100);
        bindSpinner(foldsSpinner, foldsLabel, form.foldsProperty(), 2, 20);
        bindSpinner(heldOutSpinner, heldOutLabel, form.heldOutPercentProperty(), 1, 99);
        bindSpinner(seedSpinner, seedLabel, form.seedProperty(), 0, Integer.MAX_VALUE);
        bindSpinner(usersSpinner, usersLabel, form.sampledUsersProperty(), 0, Integer.MAX_VALUE);
        usersSpinner.setTooltip(new Tooltip(messages.text("evaluate.usersTip")));
        protocolChoice.getItems().setAll(EvaluationForm.ProtocolKind.values());
        protocolChoice.setConverter(ChoiceText.of(kind -> messages.text("evaluate.protocol." + kind.name())));
        protocolChoice.valueProperty().bindBidirectional(form.protocolProperty());
        protocolLabel.setLabelFor(protocolChoice);
        foldsSpinner.disableProperty().bind(form.protocolProperty().isNotEqualTo(EvaluationForm.ProtocolKind.KFOLD));
        heldOutSpinner.disableProperty().bind(form.protocolProperty().isNotEqualTo(EvaluationForm.ProtocolKind.HOLDOUT));

        runButton.disableProperty().bind(model.canRunBinding().not());
        cancelButton.visibleProperty().bind(model.evaluatingProperty());
        cancelButton.managedProperty().bind(model.evaluatingProperty());
        model.evaluatingProperty().addListener((property, before, evaluating) -> keepFocusOffThePreset(evaluating));
        exportButton.disableProperty().bind(model.canExportBinding().not());
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        heading.textProperty().bind(model.headingProperty());

        table.setItems(model.results());
        Cells.show(methodColumn, result -> methodName(result.method()));
        Cells.show(kColumn, EvalResult::k, k -> k == 0 ? "–" : String.valueOf(k));
        addMetricColumn(Metric.RMSE);
        addMetricColumn(Metric.MAE);
        TableColumn<EvalResult, Double> fallbacks = column(messages.text("evaluate.column.fallbacks"),
                messages.text("evaluate.column.fallbacksTip"));
        Cells.show(fallbacks, EvalResult::fallbackShare, this::percent);
        for (Metric metric : List.of(Metric.PRECISION, Metric.RECALL, Metric.NDCG, Metric.HIT_RATE, Metric.COVERAGE,
                Metric.USERS_WITH_LIST)) {
            addMetricColumn(metric);
        }

        metricChoice.getItems().setAll(Metric.values());
        metricChoice.setConverter(ChoiceText.of(this::metricName));
        metricChoice.valueProperty().bindBidirectional(model.metricProperty());
        metricLabel.setLabelFor(metricChoice);
        saveChartButton.disableProperty().bind(Bindings.isEmpty(model.results()));
        chartNotice.textProperty().bind(model.charts().noticeProperty());
        model.chartLinesProperty().addListener((property, before, lines) -> draw(lines));
        model.metricProperty().addListener((property, before, metric) -> labelAxis(metric));
        labelAxis(model.metricProperty().get());
        draw(model.chartLinesProperty().get());
    }

    private void bindSpinner(Spinner<Integer> spinner, Label label, IntegerProperty value, int min, int max) {
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get()));
        ObjectProperty<Integer> adapter = value.asObject();
        spinnerValues.add(adapter);
        spinner.getValueFactory().valueProperty().bindBidirectional(adapter);
        label.setLabelFor(spinner);
    }

    private void addMetricColumn(Metric metric) {
        TableColumn<EvalResult, Double> column = column(messages.text("evaluate.column." + metric.name()),
                metricName(metric));
        Cells.show(column, metric::of, this::decimal);
    }

    /** A column headed by a short name, with the full one on hover. */
    private TableColumn<EvalResult, Double> column(String heading, String fullName) {
        Label header = new Label(heading);
        header.setTooltip(new Tooltip(fullName));
        TableColumn<EvalResult, Double> column = new TableColumn<>();
        column.setGraphic(header);
        double width = Math.max(MIN_COLUMN_WIDTH, heading.length() * WIDTH_PER_LETTER + HEADER_PADDING);
        column.setMinWidth(width);
        column.setPrefWidth(width);
        table.getColumns().add(column);
        return column;
    }

    /** A registered method in the app's language: "knn-cosine" is "Neighbours (Cosine)". */
    private String methodName(String name) {
        return messages.text("method." + name);
    }

    private String metricName(Metric metric) {
        return messages.text("evaluate.metric." + metric.name());
    }

    private void labelAxis(Metric metric) {
        metricAxis.setLabel(metricName(metric));
        metricDirection.setText(messages.text(metric.higherIsBetter() ? "evaluate.higherIsBetter"
                : "evaluate.lowerIsBetter"));
    }

    /** An empty chart is hidden rather than drawn with made-up axes. */
    private void draw(List<ChartLine> lines) {
        chart.setVisible(!lines.isEmpty());
        chart.getData().clear();
        for (ChartLine line : lines) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(methodName(line.method()));
            line.points().forEach(point -> series.getData().add(new XYChart.Data<>(point.k(), point.value())));
            chart.getData().add(series);
        }
    }

    private String decimal(double value) {
        return Double.isNaN(value) ? "–" : messages.format("evaluate.decimal", value);
    }

    private String percent(double value) {
        return Double.isNaN(value) ? "–" : messages.format("evaluate.percent", value);
    }

    /**
     * Run is disabled while an evaluation runs and Cancel goes when it ends, each passing the focus
     * on; it comes back to Run, so that Enter or Space does not apply Surprise's preset instead.
     */
    private void keepFocusOffThePreset(boolean evaluating) {
        if (!evaluating) {
            Platform.runLater(() -> {
                if (cancelButton.isFocused() || surpriseButton.isFocused()) {
                    runButton.requestFocus();
                }
            });
        }
    }

    /** A run that will take long asks first, offering to score a sample of users instead. */
    @FXML
    private void run() {
        Optional<LongRun> longRun = model.longRun();
        if (longRun.isEmpty()) {
            model.run();
            return;
        }
        LongRun run = longRun.get();
        ButtonType sample = new ButtonType(messages.format("evaluate.longRunSample", LongRun.SAMPLE),
                ButtonBar.ButtonData.YES);
        ButtonType every = new ButtonType(messages.text("evaluate.longRunEvery"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.format("evaluate.longRunText", run.ratings(),
                run.methods(), run.splits(), LongRun.SAMPLE), sample, every, ButtonType.CANCEL);
        alert.initOwner(runButton.getScene().getWindow());
        alert.setTitle(messages.text("evaluate.longRunTitle"));
        alert.setHeaderText(null);
        alert.showAndWait().ifPresent(answer -> {
            if (answer == sample) {
                model.runOnASample();
            } else if (answer == every) {
                model.run();
            }
        });
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void useSurpriseProtocol() {
        model.form().useSurpriseProtocol();
    }

    @FXML
    private void chooseEveryMethod() {
        model.form().chooseEveryMethod();
    }

    @FXML
    private void saveChart() {
        model.charts().save(chart, "evaluation-" + model.metricProperty().get().name().toLowerCase(Locale.ROOT)
                + ".png");
    }

    @FXML
    private void export() {
        model.exportResults();
    }
}
