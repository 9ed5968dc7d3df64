package io.github.movierecommender.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.profile.ProfileRating;
import io.github.movierecommender.profile.ProfileStore;
import io.github.movierecommender.profile.RatingsImport;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.error.ErrorReport;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.task.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** The Profiles menu's actions on the model, its questions answered by the test; saves run on the test's thread. */
@ExtendWith(ApplicationExtension.class)
class ProfilesMenuTest {

    private static final int COLD_HARBOUR = 8;
    private static final int QUIET_ORCHARD = 10;
    private static final long SAVED_AT = Instant.parse("2024-05-01T10:00:00Z").getEpochSecond();

    @TempDir
    Path dataFolder;

    private final Messages messages = Messages.forLocale(Locale.US);
    private final List<ErrorReport> errors = new ArrayList<>();
    private final AnsweringDialogs dialogs = new AnsweringDialogs();
    private final Menu menu = new Menu();
    private ProfileModel profiles;

    @BeforeEach
    void openTheProfiles() throws Exception {
        LoadedDataset eightUsers = LoadedDataset.of(DatasetLoader.load(Path.of(
                getClass().getResource("/io/github/movierecommender/ui/recommend/eight-users").toURI())));
        ProfileStore store = new ProfileStore(dataFolder.resolve("profiles"),
                Clock.fixed(Instant.ofEpochSecond(SAVED_AT), ZoneOffset.UTC));
        profiles = new ProfileModel(store, new SimpleObjectProperty<>(eightUsers),
                new BackgroundTasks(Runnable::run, Runnable::run), messages, errors::add, name -> { });
        new ProfilesMenu(profiles, dialogs, messages, () -> { }).install(menu);
        profiles.start(Optional.empty());
    }

    @Test
    void exportRatingsWritesAMovieLensRatingsFileThatReadsBack() throws Exception {
        profiles.rate(COLD_HARBOUR, 4.5);
        profiles.rate(QUIET_ORCHARD, 2);
        dialogs.exportFile = dataFolder.resolve("exported.csv");

        item("exportRatingsItem").fire();

        assertThat(Files.readAllLines(dialogs.exportFile).get(0)).isEqualTo("userId,movieId,rating,timestamp");
        RatingsImport scan = RatingsImport.scan(dialogs.exportFile);
        assertThat(scan.badLineCount()).isZero();
        assertThat(scan.userIds()).hasSize(1);
        assertThat(scan.ratingsOf(scan.userIds().get(0)))
                .extracting(ProfileRating::movieId, ProfileRating::rating, ProfileRating::timestamp)
                .containsExactlyInAnyOrder(Tuple.tuple(COLD_HARBOUR, 4.5, SAVED_AT),
                        Tuple.tuple(QUIET_ORCHARD, 2.0, SAVED_AT));
        assertThat(dialogs.told).singleElement().satisfies(notice -> {
            assertThat(notice.title()).isEqualTo("Ratings exported");
            assertThat(notice.message()).isEqualTo("The ratings of Me are in " + dialogs.exportFile + ".");
        });
        assertThat(errors).isEmpty();
    }

    @Test
    void exportRatingsCancelledWritesNothing() throws Exception {
        profiles.rate(COLD_HARBOUR, 4.5);

        item("exportRatingsItem").fire();

        try (var files = Files.list(dataFolder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("profiles");
        }
        assertThat(dialogs.told).isEmpty();
    }

    private MenuItem item(String id) {
        return menu.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
