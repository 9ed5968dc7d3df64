package io.github.movierecommender.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.MethodSettings;
import io.github.movierecommender.recommend.PopularRanking;
import io.github.movierecommender.ui.settings.RecommendationChoices;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecommendationSettingsTest {

    private final RecommendationSettings settings = new RecommendationSettings();

    @Test
    void startsWithTheDefaultsAndAsksForNothingUntilAUserIsPicked() {
        assertThat(settings.kProperty().get()).isEqualTo(20);
        assertThat(settings.nProperty().get()).isEqualTo(10);
        assertThat(settings.minVotesProperty().get()).isEqualTo(50);
        assertThat(settings.modeProperty().get()).isEqualTo(NeighbourMode.DEFAULT);
        assertThat(settings.measureProperty().get()).isEqualTo(Measure.PEARSON);
        assertThat(settings.rankingProperty().get()).isEqualTo(PopularRanking.MOST_VOTED);
        assertThat(settings.request()).isEmpty();
    }

    @Test
    void theHiddenMoviesTravelInTheRequestAsAValueAndAChangeIsHeard() {
        settings.userProperty().set(new UserChoice(1, 6, "User 1 · 6 ratings"));
        int[] heard = {0};
        settings.addListener(any -> heard[0]++);
        assertThat(settings.request().orElseThrow().exclusions()).isEqualTo(ListExclusions.NONE);

        settings.hiddenProperty().set(new HiddenMovies(Set.of(3, 5)));

        assertThat(heard[0]).isEqualTo(1);
        ListExclusions exclusions = settings.request().orElseThrow().exclusions();
        assertThat(exclusions).isEqualTo(ListExclusions.NONE.withHidden(new HiddenMovies(Set.of(5, 3))));
        assertThat(exclusions.mayList(3)).isFalse();
        assertThat(exclusions.mayList(4)).isTrue();
    }

    @Test
    void choosingAModePreselectsItsMeasure() {
        settings.measureProperty().set(Measure.COSINE);

        settings.modeProperty().set(NeighbourMode.TUTORIAL);
        assertThat(settings.measureProperty().get()).isEqualTo(Measure.EUCLIDEAN);

        settings.modeProperty().set(NeighbourMode.DEFAULT);
        assertThat(settings.measureProperty().get()).isEqualTo(Measure.PEARSON);
    }

    @Test
    void settingsKeptFromAnEarlierStartComeBackWithTheirOwnMeasure() {
        RecommendationChoices kept = new RecommendationChoices(7, 25, 10, Measure.MSD, NeighbourMode.TUTORIAL,
                PopularRanking.BEST_RATED);

        settings.restore(kept);

        assertThat(settings.choices()).isEqualTo(kept);
        assertThat(new RecommendationSettings().choices()).isEqualTo(RecommendationSettings.defaults());
    }

    @Test
    void theTutorialModeKeepsItsOwnRulesWithTheChosenMeasure() {
        settings.userProperty().set(new UserChoice(414, 2698, "User 414 · 2,698 ratings"));
        settings.modeProperty().set(NeighbourMode.TUTORIAL);
        settings.measureProperty().set(Measure.MSD);
        settings.kProperty().set(7);

        RecommendationRequest request = settings.request().orElseThrow();

        assertThat(request.neighbourMethod().name()).isEqualTo("knn-tutorial");
        assertThat(request.settings()).isEqualTo(MethodSettings.defaults(7, 10).withMinVotes(request.minVotes())
                .withRanking(request.ranking(), null).withMeasure(Measure.MSD));
    }

    @Test
    void everySettingThatChangesTheRequestIsHeard() {
        int[] heard = new int[1];
        settings.addListener(change -> {
            settings.request();
            heard[0]++;
        });

        settings.userProperty().set(new UserChoice(1, 6, "User 1 · 6 ratings"));
        settings.kProperty().set(5);
        settings.nProperty().set(5);
        settings.minVotesProperty().set(0);
        settings.rankingProperty().set(PopularRanking.BEST_RATED);
        settings.measureProperty().set(Measure.COSINE);

        assertThat(heard[0]).isEqualTo(6);
    }
}
