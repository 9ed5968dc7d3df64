package io.github.movierecommender.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.PopularRanking;
import io.github.movierecommender.ui.i18n.Messages;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShownListsTest {

    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private static final Messages PORTUGUESE = Messages.forLocale(Locale.forLanguageTag("pt-BR"));

    @Test
    void aListWhoseMethodIsNotRegisteredIsLeftOutAndTheOthersKeepTheirOrderAndTheDefaultNeighboursTrainFirst() {
        ShownLists withoutTrained = new ShownLists(name -> name.equals("als") || name.equals("item-knn")
                ? Optional.empty() : Methods.find(name));

        assertThat(withoutTrained.shown()).extracting(ShownList::id).containsExactly("popular", "genre", "neighbour");
        assertThat(withoutTrained.trained()).extracting(Method::name).containsExactly("knn-baseline");
    }

    @Test
    void theNewListsAreShownAfterTheOthersAndTrainFirstWhenTheirMethodsAreRegistered() {
        ShownLists lists = new ShownLists(StandInMethod.registry(StandInMethod.quick("item-knn", "knn-cosine"),
                StandInMethod.quick("als", "knn-pearson")));

        assertThat(lists.shown()).extracting(ShownList::id)
                .containsExactly("popular", "genre", "neighbour", "becauseYouLiked", "bestForYou");
        assertThat(lists.trained()).extracting(Method::name).containsExactly("knn-baseline", "item-knn", "als");
    }

    @Test
    void theNeighbourListFollowsTheModeOfTheLeftPanel() {
        ShownLists lists = ShownLists.ofRegistry();
        RecommendationRequest defaultMode = new RecommendationRequest(1, 20, 10, 0, Measure.COSINE, NeighbourMode.DEFAULT,
                PopularRanking.MOST_VOTED);
        RecommendationRequest tutorial = new RecommendationRequest(1, 20, 10, 0, Measure.COSINE,
                NeighbourMode.TUTORIAL, PopularRanking.MOST_VOTED);

        assertThat(lists.methodFor(ShownList.NEIGHBOUR, defaultMode).name()).isEqualTo("knn-baseline");
        assertThat(lists.methodFor(ShownList.NEIGHBOUR, tutorial).name()).isEqualTo("knn-tutorial");
    }

    @Test
    void everyListHasATitleAndADescriptionInEachLanguage() {
        for (ShownList list : ShownList.ALL) {
            for (String key : new String[] {list.titleKey(), list.descriptionKey()}) {
                assertThat(ENGLISH.text(key)).as(key).isNotBlank();
                assertThat(PORTUGUESE.text(key)).as(key).isNotBlank().isNotEqualTo(ENGLISH.text(key));
            }
        }
    }

    @Test
    void theNewListsAreTitledInEnglishAndBrazilianPortuguese() {
        ShownList liked = ShownList.ALL.get(3);
        ShownList best = ShownList.ALL.get(4);

        assertThat(ENGLISH.text(liked.titleKey())).isEqualTo("Because you liked");
        assertThat(PORTUGUESE.text(liked.titleKey())).isEqualTo("Porque você gostou de");
        assertThat(ENGLISH.text(best.titleKey())).isEqualTo("Best for you");
        assertThat(PORTUGUESE.text(best.titleKey())).isEqualTo("Melhores para você");
        assertThat(PORTUGUESE.format("results.training", 40)).isEqualTo("Treinando… 40%");
    }
}
