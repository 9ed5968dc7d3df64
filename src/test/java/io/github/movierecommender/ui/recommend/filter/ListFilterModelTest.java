package io.github.movierecommender.ui.recommend.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.recommend.MovieFilter;
import io.github.movierecommender.search.MovieChoice;
import io.github.movierecommender.ui.Fixtures;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.settings.ThrowawayPreferences;
import java.util.prefs.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The filter's choice as the lists get it, and as it is kept for the next start. */
class ListFilterModelTest {

    private final ThrowawayPreferences preferences = new ThrowawayPreferences();
    private final ObjectProperty<LoadedDataset> loaded = new SimpleObjectProperty<>();
    private final ObjectProperty<MovieFilter> lists = new SimpleObjectProperty<>(MovieFilter.ALL);
    private final ListFilterModel model = new ListFilterModel(loaded, lists);

    @AfterEach
    void forget() throws Exception {
        preferences.close();
    }

    @Test
    void anOpenChoiceLetsEveryMovieThroughAndAChosenOneIsAValueOverTheLoadedMovies() throws Exception {
        loaded.set(LoadedDataset.of(DatasetLoader.load(Fixtures.path(Fixtures.TINY))));
        assertThat(lists.get()).isSameAs(MovieFilter.ALL);

        model.genreProperty().set("Drama");
        model.titleProperty().set("Harbor");

        assertThat(lists.get()).isInstanceOf(MovieChoice.class);
        MovieChoice chosen = (MovieChoice) lists.get();
        assertThat(chosen.genre()).isEqualTo("Drama");
        assertThat(chosen.titleQuery()).isEqualTo("harbor");
        assertThat(chosen.mayList(0)).as("Harbor Lights, a drama").isTrue();
        assertThat(chosen.mayList(1)).isFalse();

        model.titleProperty().set("HARBOR ");
        assertThat(lists.get()).as("an equal choice keeps the lists' work").isEqualTo(chosen);

        model.clear();
        assertThat(lists.get()).isSameAs(MovieFilter.ALL);
        assertThat(model.openProperty().get()).isTrue();
    }

    @Test
    void theChoiceComesBackFromTheSettingsAndWhatIsUnreadableStaysOpen() throws Exception {
        model.genreProperty().set("Film-Noir");
        model.fromYearProperty().set(1940);
        model.toYearProperty().set(1959);
        model.titleProperty().set("l'homme");
        model.save(preferences.node());

        ListFilterModel restored = new ListFilterModel(loaded, new SimpleObjectProperty<>());
        restored.restore(preferences.reopened());

        assertThat(restored.genreProperty().get()).isEqualTo("Film-Noir");
        assertThat(restored.fromYearProperty().get()).isEqualTo(1940);
        assertThat(restored.toYearProperty().get()).isEqualTo(1959);
        assertThat(restored.titleProperty().get()).isEqualTo("l'homme");

        Preferences broken = preferences.node();
        broken.put("fromYear", "soon");
        broken.putInt("toYear", -4);
        ListFilterModel unreadable = new ListFilterModel(loaded, new SimpleObjectProperty<>());
        unreadable.restore(broken);
        assertThat(unreadable.fromYearProperty().get()).isEqualTo(MovieChoice.OPEN);
        assertThat(unreadable.toYearProperty().get()).isEqualTo(MovieChoice.OPEN);
    }
}
