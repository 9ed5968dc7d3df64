package io.github.movierecommender.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.ui.Fixtures;
import io.github.movierecommender.ui.FxThread;
import io.github.movierecommender.ui.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The summary in the left panel, whose details are built only after the window first shows. */
class DatasetSummaryViewTest {

    private static final URL SUMMARY = DatasetSummaryController.class.getResource("DatasetSummaryController.fxml");

    private final Messages messages = Messages.forLocale(Locale.US);
    private final SimpleObjectProperty<LoadedDataset> loaded = new SimpleObjectProperty<>();
    private DatasetSummaryController controller;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxThread.start();
    }

    @Test
    void showsThePlaceholderAloneUntilTheDetailsAreBuilt() throws Exception {
        Parent summary = FxThread.call(this::load);

        assertThat(summary.lookup("#placeholder").isVisible()).isTrue();
        assertThat(summary.lookup("#details")).isNull();

        FxThread.run(controller::buildDetails);

        assertThat(summary.lookup("#details").isVisible()).isFalse();
        assertThat(summary.lookup("#details").isManaged()).isFalse();
    }

    @Test
    void detailsBuiltAfterTheDatasetLoadedShowIt() throws Exception {
        LoadedDataset tiny = LoadedDataset.of(DatasetLoader.load(Fixtures.path(Fixtures.TINY)));
        Parent summary = FxThread.call(this::load);

        FxThread.run(() -> loaded.set(tiny));
        FxThread.run(controller::buildDetails);

        assertThat(summary.lookup("#placeholder").isVisible()).isFalse();
        assertThat(summary.lookup("#details").isVisible()).isTrue();
        assertThat(text(summary, "#users")).isEqualTo("3");
        assertThat(text(summary, "#ratings")).isEqualTo("8");
        assertThat(summary.lookup("#badLinesSection").isVisible()).isTrue();
    }

    @Test
    void detailsBuiltBeforeTheDatasetLoadedFollowIt() throws Exception {
        LoadedDataset tiny = LoadedDataset.of(DatasetLoader.load(Fixtures.path(Fixtures.TINY)));
        Parent summary = FxThread.call(this::load);
        FxThread.run(controller::buildDetails);

        FxThread.run(() -> loaded.set(tiny));

        assertThat(summary.lookup("#details").isVisible()).isTrue();
        assertThat(text(summary, "#movies")).isEqualTo("4");
        assertThat(text(summary, "#skippedLines")).isEqualTo("1");
    }

    private Parent load() {
        return view(SUMMARY);
    }

    private Parent view(URL url) {
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(type -> type == DatasetSummaryController.class
                ? controller = new DatasetSummaryController(loaded, this::view)
                : new DatasetDetailsController(loaded, messages));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Node root, String id) {
        return ((Label) root.lookup(id)).getText();
    }
}
