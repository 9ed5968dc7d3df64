package io.github.movierecommender.ui.overview;

import io.github.movierecommender.data.Movie;
import io.github.movierecommender.overview.DatasetOverview.GenreCount;
import io.github.movierecommender.overview.DatasetOverview.GenreTally;
import io.github.movierecommender.overview.DatasetOverview.RankedMovie;
import io.github.movierecommender.overview.DatasetOverview;
import io.github.movierecommender.overview.LogHistogram;
import io.github.movierecommender.ui.i18n.GenreNames;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.timing.ShownStep;
import io.github.movierecommender.ui.table.Cells;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.Chart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

/**
 * The Overview tab: the loaded dataset's counts, its charts and its most voted and best rated
 * movies. Each chart saves itself as a PNG from its button or its context menu, drawn at twice
 * its size on screen in the theme in use.
 */
public final class OverviewController {

    private static final PseudoClass MEDIAN = PseudoClass.getPseudoClass("median");

    private final OverviewModel model;
    private final Messages messages;
    private final ShownStep timing;
    /** One tooltip for every bar, worded for the bar the mouse enters. */
    private final Tooltip barTooltip = new Tooltip();
    /** The chart cards and top lists not yet in the grid, while the view is built ahead a part at a time. */
    private final List<Node> heldParts = new ArrayList<>();
    private boolean showing;
    /** Whether the overview shown is not the latest: one that came while the tab was hidden waits for it. */
    private boolean stale;
    private Tab tab;

    @FXML
    private StackPane view;
    @FXML
    private Label placeholder;
    @FXML
    private ScrollPane content;
    @FXML
    private Label users;
    @FXML
    private Label movies;
    @FXML
    private Label ratings;
    @FXML
    private Label tags;
    @FXML
    private Label dates;
    @FXML
    private Label notice;
    @FXML
    private GridPane parts;
    @FXML
    private BarChart<String, Number> ratingChart;
    @FXML
    private BarChart<String, Number> yearChart;
    @FXML
    private BarChart<String, Number> userChart;
    @FXML
    private BarChart<String, Number> movieChart;
    @FXML
    private BarChart<Number, String> genreMovieChart;
    @FXML
    private Axis<Number> genreMovieAxis;
    @FXML
    private BarChart<Number, String> genreRatingChart;
    @FXML
    private Axis<Number> genreRatingAxis;
    @FXML
    private TableView<RankedMovie> mostVoted;
    @FXML
    private TableColumn<RankedMovie, Integer> mostVotedRank;
    @FXML
    private TableColumn<RankedMovie, String> mostVotedTitle;
    @FXML
    private TableColumn<RankedMovie, Integer> mostVotedVotes;
    @FXML
    private TableColumn<RankedMovie, Double> mostVotedMean;
    @FXML
    private Label bestRatedHeading;
    @FXML
    private Label bestRatedEmpty;
    @FXML
    private TableView<RankedMovie> bestRated;
    @FXML
    private TableColumn<RankedMovie, Integer> bestRatedRank;
    @FXML
    private TableColumn<RankedMovie, String> bestRatedTitle;
    @FXML
    private TableColumn<RankedMovie, Integer> bestRatedVotes;
    @FXML
    private TableColumn<RankedMovie, Double> bestRatedMean;

    /** Built ahead or as its tab is first selected; {@link OverviewTab} starts the timing then. */
    public OverviewController(OverviewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.timing = model.shownStep();
    }

    @FXML
    private void initialize() {
        placeholder.visibleProperty().bind(model.overviewProperty().isNull());
        placeholder.textProperty().bind(Bindings.when(model.computingProperty())
                .then(messages.text("overview.computing")).otherwise(messages.text("overview.noDataset")));
        content.visibleProperty().bind(model.overviewProperty().isNotNull());
        notice.textProperty().bind(model.charts().noticeProperty());
        notice.visibleProperty().bind(model.charts().noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        charts().forEach(this::offerSaving);
        showTopList(mostVoted, mostVotedRank, mostVotedTitle, mostVotedVotes, mostVotedMean);
        showTopList(bestRated, bestRatedRank, bestRatedTitle, bestRatedVotes, bestRatedMean);
        model.overviewProperty().addListener((property, before, now) -> showOrWait(now));
        model.computingProperty().addListener((property, before, computing) -> {
            if (computing && showing) {
                timing.start();
            }
        });
        view.sceneProperty().addListener((property, before, scene) -> followTab());
        if (!model.computingProperty().get() && model.overviewProperty().get() == null) {
            timing.drop();
        }
        show(model.overviewProperty().get());
    }

    /** The tab holding the view, once the view is in one: its selection starts the timing again. */
    private void followTab() {
        if (tab != null) {
            return;
        }
        for (Node node = view.getParent(); node != null && tab == null; node = node.getParent()) {
            if (node instanceof TabPane pane) {
                tab = pane.getTabs().stream().filter(candidate -> candidate.getContent() == view).findFirst()
                        .orElse(null);
            }
        }
        if (tab != null) {
            showing = tab.isSelected();
            tab.selectedProperty().addListener((property, before, selected) -> selected(selected));
        } else {
            showing = view.getScene() != null;
        }
        if (showing) {
            showWhenReady();
        }
    }

    private void selected(boolean selected) {
        showing = selected;
        if (!selected) {
            timing.drop();
            return;
        }
        if (model.computingProperty().get() || stale || model.overviewProperty().get() != null) {
            timing.start();
            showWhenReady();
        }
    }

    /** The timing started, it is shown with the latest overview, or once the one worked out is. */
    private void showWhenReady() {
        if (model.computingProperty().get()) {
            return;
        }
        if (stale) {
            show(model.overviewProperty().get());
        } else if (model.overviewProperty().get() != null) {
            timing.shown();
        } else {
            timing.drop();
        }
    }

    /** While the tab is hidden, a new overview waits for it or for {@link #catchUp()}: its bars cost a layout. */
    private void showOrWait(DatasetOverview overview) {
        if (showing) {
            show(overview);
        } else {
            stale = true;
        }
    }

    /** Whether the view waits to show the latest overview. */
    boolean stale() {
        return stale;
    }

    /** Shows the latest overview, if the view waits for it. */
    void catchUp() {
        if (stale) {
            show(model.overviewProperty().get());
        }
    }

    /** Takes the chart cards and top lists out of the view, for {@link #showNextPart()} to put back one at a time. */
    void holdParts() {
        heldParts.addAll(parts.getChildren());
        parts.getChildren().clear();
    }

    /** Puts back the next part held, in its place; false when none is left. */
    boolean showNextPart() {
        if (heldParts.isEmpty()) {
            return false;
        }
        parts.getChildren().add(heldParts.remove(0));
        return true;
    }

    /** Puts back every part still held. */
    void showAllParts() {
        parts.getChildren().addAll(heldParts);
        heldParts.clear();
    }

    /** Whether parts are still held out of the view. */
    boolean holdsParts() {
        return !heldParts.isEmpty();
    }

    private List<XYChart<?, ?>> charts() {
        return List.of(ratingChart, yearChart, userChart, movieChart, genreMovieChart, genreRatingChart);
    }

    private void offerSaving(Chart chart) {
        chart.setOnContextMenuRequested(event -> {
            MenuItem save = new MenuItem(messages.text("chart.savePng"));
            save.setOnAction(action -> save(chart));
            new ContextMenu(save).show(chart, event.getScreenX(), event.getScreenY());
        });
    }

    private void showTopList(TableView<RankedMovie> table, TableColumn<RankedMovie, Integer> rank,
                             TableColumn<RankedMovie, String> title, TableColumn<RankedMovie, Integer> votes,
                             TableColumn<RankedMovie, Double> mean) {
        Cells.show(rank, movie -> table.getItems().indexOf(movie) + 1, String::valueOf);
        Cells.show(title, movie -> titleWithYear(movie.movie()));
        Cells.show(votes, RankedMovie::votes, count -> messages.number(count));
        Cells.show(mean, RankedMovie::mean, value -> messages.format("overview.meanValue", value));
    }

    private static String titleWithYear(Movie movie) {
        return movie.hasYear() ? movie.displayTitle() + " (" + movie.year() + ")" : movie.displayTitle();
    }

    private void show(DatasetOverview overview) {
        stale = false;
        if (overview == null) {
            charts().forEach(chart -> chart.getData().clear());
            mostVoted.getItems().clear();
            bestRated.getItems().clear();
            if (!model.computingProperty().get()) {
                timing.drop();
            }
            return;
        }
        users.setText(messages.number(overview.summary().users()));
        movies.setText(messages.number(overview.summary().movies()));
        ratings.setText(messages.number(overview.summary().ratings()));
        tags.setText(messages.number(overview.summary().tags()));
        dates.setText(messages.format("overview.dateRange", messages.date(overview.summary().firstRating()),
                messages.date(overview.summary().lastRating())));
        showBars(ratingChart, overview.ratingDistribution().stream()
                .map(count -> bar(messages.format("overview.starValue", count.stars()), count.count())).toList());
        showBars(yearChart, overview.ratingsPerYear().stream()
                .map(count -> bar(String.valueOf(count.year()), count.count())).toList());
        showHistogram(userChart, overview.ratingsPerUser());
        userChart.setTitle(messages.format("overview.userChart", overview.ratingsPerUser().median()));
        showHistogram(movieChart, overview.ratingsPerMovie());
        movieChart.setTitle(messages.format("overview.movieChart", overview.ratingsPerMovie().median(),
                overview.unratedMovies()));
        GenreNames genreNames = new GenreNames(messages);
        showGenres(genreMovieChart, overview.genresByMovies(), genreNames);
        genreMovieAxis.setLabel(messages.format("overview.genreMoviesAxis", overview.genresByMovies().withoutGenre()));
        showGenres(genreRatingChart, overview.genresByRatings(), genreNames);
        genreRatingAxis.setLabel(messages.format("overview.genreRatingsAxis",
                overview.genresByRatings().withoutGenre()));
        mostVoted.getItems().setAll(overview.mostVoted());
        bestRated.getItems().setAll(overview.bestRated());
        bestRatedHeading.setText(messages.format("overview.bestRated", overview.minVotes()));
        bestRatedEmpty.setText(messages.format("overview.noBestRated", overview.minVotes()));
        timing.shown();
    }

    private void showHistogram(BarChart<String, Number> chart, LogHistogram histogram) {
        List<XYChart.Data<String, Number>> bars = new ArrayList<>();
        for (LogHistogram.Bin bin : histogram.bins()) {
            String label = bin.from() == bin.to() ? messages.number(bin.from())
                    : messages.format("overview.binRange", messages.number(bin.from()), messages.number(bin.to()));
            bars.add(bar(label, bin.count()));
        }
        if (histogram.medianBin() >= 0) {
            bars.get(histogram.medianBin()).getNode().pseudoClassStateChanged(MEDIAN, true);
        }
        showBars(chart, bars);
    }

    /** Largest first from the top: a horizontal bar chart draws its first category at the bottom. */
    private void showGenres(BarChart<Number, String> chart, GenreTally tally, GenreNames genreNames) {
        List<XYChart.Data<Number, String>> bars = new ArrayList<>();
        for (int i = tally.genres().size() - 1; i >= 0; i--) {
            GenreCount genre = tally.genres().get(i);
            String name = genreNames.of(genre.genre());
            bars.add(bar(genre.count(), name, name, genre.count()));
        }
        showBars(chart, bars);
    }

    private XYChart.Data<String, Number> bar(String label, long count) {
        return bar(label, count, label, count);
    }

    /** The chart restyles the bar it is given but keeps its pseudo-classes and its tooltip. */
    private <X, Y> XYChart.Data<X, Y> bar(X x, Y y, String label, long count) {
        XYChart.Data<X, Y> bar = new XYChart.Data<>(x, y);
        StackPane node = new StackPane();
        Tooltip.install(node, barTooltip);
        node.setOnMouseEntered(event -> barTooltip.setText(messages.format("overview.barTooltip", label, count)));
        bar.setNode(node);
        return bar;
    }

    private static <X, Y> void showBars(XYChart<X, Y> chart, List<XYChart.Data<X, Y>> bars) {
        chart.getData().setAll(List.of(new XYChart.Series<>(FXCollections.observableList(bars))));
    }

    @FXML
    private void saveChart(ActionEvent event) {
        save((Chart) ((Node) event.getSource()).getUserData());
    }

    private void save(Chart chart) {
        DatasetOverview overview = model.overviewProperty().get();
        if (overview != null) {
            model.charts().save(chart, datasetName(overview) + "-" + chart.getId() + ".png");
        }
    }

    private static String datasetName(DatasetOverview overview) {
        Path source = Path.of(overview.summary().source()).getFileName();
        String name = source == null ? "dataset" : source.toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
    }
}
