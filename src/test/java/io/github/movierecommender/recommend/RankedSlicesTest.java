package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.Dataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankedSlicesTest {

    @TempDir
    Path folder;

    /** Moving n down and back up the slider ranks once; each slice is what ranking at that n gives. */
    @Test
    void aShorterListIsTheFirstNOfTheKeptRankingAndEqualsRankingAgain() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        ItemKnn knn = ItemKnn.train(dataset, ItemKnnParams.defaults(), BuildMonitor.NONE);
        Profile user2 = Profile.ofUser(dataset, 2).orElseThrow();
        List<Integer> asked = new ArrayList<>();
        RankedSlices slices = new RankedSlices(n -> {
            asked.add(n);
            return knn.recommend(user2, n);
        });

        for (int n : new int[] {6, 3, 1, 6, 4}) {
            assertThat(slices.first(n)).as("n = " + n).isEqualTo(knn.recommend(user2, n));
        }
        assertThat(asked).containsExactly(6);

        assertThat(slices.first(7)).isEqualTo(knn.recommend(user2, 7));
        assertThat(slices.first(9)).isEqualTo(knn.recommend(user2, 9));
        assertThat(asked).containsExactly(6, 12);
    }

    /** Both list-only adapters count a ranking from scratch as a scan: sliding n down does not rank again. */
    @Test
    void aRankedProfileRecommenderRanksOnlyWhenALongerListIsAsked() throws Exception {
        Dataset dataset = TasteWorld.load(folder, TasteWorld.TWO_TASTES);
        Training training = Training.of(dataset);
        Profile user2 = Profile.ofUser(dataset, 2).orElseThrow();
        for (String name : new String[] {"item-knn", "als"}) {
            ProfileRecommender recommender = Methods.named(name).build(training, BuildMonitor.NONE).forProfile(user2);

            RecommendationList five = recommender.recommend(MethodSettings.defaults(MethodSettings.DEFAULT_K, 5));
            RecommendationList three = recommender.recommend(MethodSettings.defaults(MethodSettings.DEFAULT_K, 3));
            assertThat(recommender.scans()).as(name).isEqualTo(1);
            recommender.recommend(MethodSettings.defaults(MethodSettings.DEFAULT_K, 8));

            assertThat(three.items()).as(name).isEqualTo(five.items().subList(0, 3));
            assertThat(recommender.scans()).as(name).isEqualTo(2);
        }
    }
}
