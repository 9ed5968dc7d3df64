package io.github.movierecommender.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.overview.DatasetOverview;
import io.github.movierecommender.ui.Fixtures;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.BackgroundTasks;
import io.github.movierecommender.ui.timing.ShownStep;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import javax.imageio.ImageIO;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs without the JavaFX toolkit: background jobs and their outcomes run on the test's thread. */
class OverviewModelTest {

    private static LoadedDataset tiny;

    @TempDir
    Path folder;

    private final ObjectProperty<LoadedDataset> loaded = new SimpleObjectProperty<>();
    private final List<ErrorReport> errors = new ArrayList<>();
    private final OverviewModel model = new OverviewModel(loaded, new BackgroundTasks(Runnable::run, Runnable::run),
            Messages.forLocale(Locale.US), errors::add, (title, fileName, filter, extension) -> Optional.empty(),
            ShownStep.NONE);

    @BeforeAll
    static void load() throws Exception {
        tiny = LoadedDataset.of(DatasetLoader.load(Fixtures.path(Fixtures.TINY)));
    }

    @Test
    void theOverviewOfEachDatasetIsWorkedOutAsItLoadsAndDroppedWhenNoneIsLoaded() {
        assertThat(model.overviewProperty().get()).isNull();
        assertThat(model.computingProperty().get()).isFalse();

        loaded.set(tiny);

        DatasetOverview overview = model.overviewProperty().get();
        assertThat(overview.summary().users()).isEqualTo(3);
        assertThat(overview.summary().ratings()).isEqualTo(8);
        assertThat(overview.ratingsPerUser().median()).isEqualTo(3.0);
        assertThat(overview.minVotes()).isEqualTo(DatasetOverview.DEFAULT_MIN_VOTES);
        assertThat(model.computingProperty().get()).isFalse();

        loaded.set(null);

        assertThat(model.overviewProperty().get()).isNull();
    }

    @Test
    void theOverviewOfADatasetOvertakenByANewerOneIsNeverShown() throws Exception {
        Queue<Runnable> waiting = new ArrayDeque<>();
        ObjectProperty<LoadedDataset> chosen = new SimpleObjectProperty<>();
        OverviewModel later = new OverviewModel(chosen, new BackgroundTasks(waiting::add, Runnable::run),
                Messages.forLocale(Locale.US), errors::add, (title, fileName, filter, extension) -> Optional.empty(),
                ShownStep.NONE);
        Files.writeString(folder.resolve("movies.csv"), "movieId,title,genres\n1,One (2001),Comedy\n");
        Files.writeString(folder.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,1,3.0,946684800\n");
        LoadedDataset oneUser = LoadedDataset.of(DatasetLoader.load(folder));

        chosen.set(oneUser);
        chosen.set(tiny);
        assertThat(later.computingProperty().get()).isTrue();
        waiting.remove().run();

        assertThat(later.overviewProperty().get()).as("the first dataset's overview is dropped").isNull();
        assertThat(later.computingProperty().get()).isTrue();

        waiting.remove().run();

        assertThat(later.overviewProperty().get().summary().users()).isEqualTo(3);
        assertThat(later.computingProperty().get()).isFalse();
    }

    @Test
    void aSavedChartIsAPngAndTheNoticeSaysWhere() throws Exception {
        loaded.set(tiny);
        Path file = folder.resolve("chart.png");

        model.charts().savePng(new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB), file);

        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(40);
        assertThat(read.getHeight()).isEqualTo(30);
        assertThat(model.charts().noticeProperty().get()).isEqualTo("Chart saved to " + file);
        assertThat(errors).isEmpty();
    }

    @Test
    void aChartThatCannotBeSavedIsReportedAndNothingIsSaidToBeSaved() {
        loaded.set(tiny);
        Path file = folder.resolve("missing").resolve("chart.png");

        model.charts().savePng(new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB), file);

        assertThat(Files.exists(file)).isFalse();
        assertThat(model.charts().noticeProperty().get()).isNull();
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Chart not saved");
            assertThat(error.message()).isEqualTo("Could not save the chart to " + file + ": its folder does not exist");
        });
    }
}
