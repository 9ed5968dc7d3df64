package io.github.movierecommender.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.recommend.Methods;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The top-n methods against the most-voted list on the real ml-latest-small release, on one 20%
 * hold-out (the 5-fold numbers are in the notes); skipped where the release is absent.
 */
class ListMethodsOnMovieLensSmallTest {

    static Dataset dataset;

    @BeforeAll
    static void load() throws Exception {
        String property = System.getProperty("movielens.small");
        assumeTrue(property != null, "movielens.small is not set");
        assumeTrue(Files.isDirectory(Path.of(property)), () -> "no ml-latest-small at " + property);
        dataset = DatasetLoader.load(Path.of(property));
    }

    @Test
    void alsAndItemNeighboursBeatTheMostVotedListAndItemNeighboursPredictWell() {
        EvalPlan plan = new EvalPlan(List.of(Methods.named("popular"), Methods.named("item-knn"),
                Methods.named("als")), List.of(40), 10,
                new Protocol.Holdout(0.2, 42), 2);

        List<EvalResult> results = Evaluation.run(dataset, plan, EvalMonitor.NONE);
        EvalResult popular = results.get(0);
        EvalResult itemKnn = results.get(1);
        EvalResult als = results.get(2);

        assertThat(als.ndcg()).as("ALS nDCG@10").isGreaterThan(1.7 * popular.ndcg());
        assertThat(itemKnn.ndcg()).as("item-knn nDCG@10").isGreaterThan(1.4 * popular.ndcg());
        assertThat(als.coverage()).isGreaterThan(4 * popular.coverage());
        assertThat(itemKnn.rmse()).as("item-knn RMSE").isLessThan(0.88);
        assertThat(als.rmse()).as("ALS predicts no ratings").isNaN();
    }
}
