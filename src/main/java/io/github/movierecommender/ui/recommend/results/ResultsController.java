package io.github.movierecommender.ui.recommend.results;

import io.github.movierecommender.recommend.PopularRanking;
import io.github.movierecommender.ui.main.ViewLoader;
import io.github.movierecommender.ui.main.ViewLoader.View;
import io.github.movierecommender.ui.overview.OverviewTab;
import io.github.movierecommender.ui.posters.PosterViews;
import io.github.movierecommender.ui.recommend.PickedFrom;
import io.github.movierecommender.ui.recommend.RecommendationModel;
import io.github.movierecommender.ui.recommend.ShownList;
import io.github.movierecommender.ui.table.HiddenTables;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The results: a Suggestions tab holding a tab per shown list (see {@link ShownList}), the
 * neighbours and own ratings, over the details. While the person's own profile is picked, a first tab rates movies; it opens by itself while the
 * profile has no ratings. The Overview and Evaluation tabs are about the whole dataset: while
 * one of them is shown, the details make way for it. The model hears which lists are in sight as
 * tabs are chosen, so that a list whose method trains first trains once it is first shown.
 */
public final class ResultsController {

    private static final String EVALUATION_VIEW =
            "/io/github/movierecommender/ui/evaluate/EvaluationController.fxml";
    private static final String COMPARE_VIEW = "/io/github/movierecommender/ui/compare/CompareController.fxml";
    private static final URL RANKED_LIST_VIEW = ResultsController.class.getResource("RankedListController.fxml");

    private final RecommendationModel model;
    private final ViewLoader views;
    private final PosterViews posters;
    private final OverviewTab overview;
    private final Map<Tab, ShownList> listOfTab = new HashMap<>();

    private double detailsDivider;

    @FXML
    private ResourceBundle resources;
    @FXML
    private SplitPane resultsSplit;
    @FXML
    private Node details;
    @FXML
    private Tab overviewTab;
    @FXML
    private Tab evaluationTab;
    @FXML
    private Label resultsFailure;
    @FXML
    private TabPane tabs;
    @FXML
    private Tab rateTab;
    @FXML
    private ToggleGroup ranking;
    @FXML
    private RadioButton mostVoted;
    @FXML
    private RadioButton bestRated;
    @FXML
    private HBox rankingOptions;
    @FXML
    private Tab suggestionsTab;
    @FXML
    private Tab neighboursTab;
    @FXML
    private Tab userRatingsTab;
    @FXML
    private TabPane listTabs;
    @FXML
    private HBox listFilter;

    /**
     * {@code views} builds the Evaluation tab when first shown, so that it costs nothing at start;
     * {@code overview} builds the Overview tab ahead, once the lists are settled, or when first
     * shown; {@code posters} shows the lists as posters when asked.
     */
    public ResultsController(RecommendationModel model, ViewLoader views, PosterViews posters, OverviewTab overview) {
        this.model = model;
        this.views = views;
        this.posters = posters;
        this.overview = overview;
    }

    @FXML
    private void initialize() {
        for (ShownList list : model.shownLists()) {
            Tab tab = listTab(list);
            listOfTab.put(tab, list);
            listTabs.getTabs().add(tab);
        }
        posters.addToggleTo(listFilter);
        Tab compare = compareTab();
        listTabs.getTabs().add(compare);
        tabs.getSelectionModel().select(suggestionsTab);
        resultsFailure.textProperty().bind(model.failureProperty());
        resultsFailure.visibleProperty().bind(model.failureProperty().isNotNull());
        resultsFailure.managedProperty().bind(resultsFailure.visibleProperty());
        showRateTab(model.ownPickedProperty().get());
        model.ownPickedProperty().addListener((property, before, own) -> showRateTab(own));
        mostVoted.setUserData(PopularRanking.MOST_VOTED);
        bestRated.setUserData(PopularRanking.BEST_RATED);
        followRanking(model.settings().rankingProperty());
        tabs.getSelectionModel().selectedItemProperty().addListener((property, before, tab) ->
                showDetails(tab != overviewTab && tab != evaluationTab));
        restWhileHidden();
        tellListsInSight(compare);
        overview.buildInto(overviewTab, model.usersListedProperty().and(model.computingProperty().not()));
        buildWhenFirstShown(evaluationTab, EVALUATION_VIEW);
    }

    /** The list's tab: its table, with the ranking options above the popular list. */
    private Tab listTab(ShownList list) {
        View<RankedListController> view = views.loadWithController(RANKED_LIST_VIEW);
        RankedListController controller = view.controller();
        controller.show(model.listProperty(list), PickedFrom.list(list), model::select,
                resources.getString(list.descriptionKey()));
        controller.followBuild(model.buildProperty(list), () -> model.cancelTraining(list), () -> model.train(list));
        controller.followComputing(model.computingProperty());
        controller.followNote(model.listNote(list));
        controller.offerPosters(posters);
        Parent table = view.root();
        table.setId(list.id());
        Tab tab = new Tab(resources.getString(list.titleKey()));
        tab.setId(list.id() + "Tab");
        if (list.equals(ShownList.POPULAR)) {
            VBox.setVgrow(table, Priority.ALWAYS);
            tab.setContent(new VBox(rankingOptions, table));
        } else {
            tab.setContent(table);
        }
        return tab;
    }

    /** Only the tables in sight lay out the rows of a new pick; the others do once shown. */
    private void restWhileHidden() {
        for (Tab tab : listTabs.getTabs()) {
            if (tab.getContent() != null) {
                HiddenTables.restWhileHidden(tab.getContent(),
                        suggestionsTab.selectedProperty().and(tab.selectedProperty()));
            }
        }
        HiddenTables.restWhileHidden(neighboursTab.getContent(), neighboursTab.selectedProperty());
        HiddenTables.restWhileHidden(userRatingsTab.getContent(), userRatingsTab.selectedProperty());
    }

    /** Tells the model which lists are in sight as tabs are chosen, so that a list that trains first trains once seen. */
    private void tellListsInSight(Tab compare) {
        Runnable tell = () -> model.showLists(listsInSight(compare));
        tabs.getSelectionModel().selectedItemProperty().addListener((property, before, now) -> tell.run());
        listTabs.getSelectionModel().selectedItemProperty().addListener((property, before, now) -> tell.run());
        tell.run();
    }

    /** The neighbours table shows the neighbour list's neighbours; Compare shows every list. */
    private List<ShownList> listsInSight(Tab compare) {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        if (shown == neighboursTab) {
            return List.of(ShownList.NEIGHBOUR);
        }
        if (shown != suggestionsTab) {
            return List.of();
        }
        Tab list = listTabs.getSelectionModel().getSelectedItem();
        return list == compare ? model.shownLists() : Optional.ofNullable(listOfTab.get(list)).stream().toList();
    }

    /** The lists side by side, built when first shown. */
    private Tab compareTab() {
        Tab tab = new Tab(resources.getString("compare.tab"));
        tab.setId("compareTab");
        buildWhenFirstShown(tab, COMPARE_VIEW);
        return tab;
    }

    private void buildWhenFirstShown(Tab tab, String view) {
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> property, Boolean before, Boolean selected) {
                if (selected) {
                    property.removeListener(this);
                    tab.setContent(views.load(ResultsController.class.getResource(view)));
                }
            }
        });
    }

    private void showDetails(boolean show) {
        boolean shown = resultsSplit.getItems().contains(details);
        if (show && !shown) {
            resultsSplit.getItems().add(details);
            resultsSplit.setDividerPositions(detailsDivider);
        } else if (!show && shown) {
            detailsDivider = resultsSplit.getDividerPositions()[0];
            resultsSplit.getItems().remove(details);
        }
    }

    private void showRateTab(boolean own) {
        if (!own) {
            tabs.getTabs().remove(rateTab);
            return;
        }
        if (!tabs.getTabs().contains(rateTab)) {
            tabs.getTabs().add(0, rateTab);
        }
        if (model.ownProperty().get() == null || model.ownProperty().get().rated().isEmpty()) {
            tabs.getSelectionModel().select(rateTab);
        }
    }

    private void followRanking(ObjectProperty<PopularRanking> setting) {
        selectRanking(setting.get());
        setting.addListener((property, before, now) -> selectRanking(now));
        ranking.selectedToggleProperty().addListener((property, before, now) -> {
            if (now != null) {
                setting.set((PopularRanking) now.getUserData());
            }
        });
    }

    private void selectRanking(PopularRanking value) {
        for (Toggle toggle : ranking.getToggles()) {
            toggle.setSelected(toggle.getUserData() == value);
        }
    }
}
