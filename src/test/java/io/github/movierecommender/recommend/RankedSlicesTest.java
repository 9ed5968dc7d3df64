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
}
