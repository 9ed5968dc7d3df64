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

/** Published-style numbers on the real ml-latest-small release, where the build finds it; skipped elsewhere. */
class MovieLensSmallEvaluationTest {

    static Dataset dataset;

    @BeforeAll
    static void load() throws Exception {
        String property = System.getProperty("movielens.small");
        assumeTrue(property != null, "movielens.small is not set");
        assumeTrue(Files.isDirectory(Path.of(property)), () -> "no ml-latest-small at " + property);
        dataset = DatasetLoader.load(Path.of(property));
    }

    /** Surprise's benchmark protocol; Surprise reports RMSE 0.980, MAE 0.774 for KNNBasic on ml-100k. */
    @Test
    void knnBasicFiveFoldOnMlLatestSmallStaysInItsMeasuredRange() {
        EvalPlan plan = new EvalPlan(List.of(Methods.named("knn-basic")), List.of(40), 10,
                new Protocol.KFold(5, 42), 2);

        EvalResult basic = Evaluation.run(dataset, plan, EvalMonitor.NONE).get(0);

        assertThat(basic.rmse()).isBetween(0.93, 0.97);
        assertThat(basic.mae()).isBetween(0.71, 0.75);
        assertThat(basic.predictions()).isEqualTo(dataset.ratings().size());
        assertThat(basic.fallbackShare()).as("mostly held-out ratings of movies nobody else rated")
                .isBetween(0.03, 0.05);
    }

    @Test
    void theDefaultNeighbourModeBeatsTheTutorialOnErrorsAndLists() {
        EvalPlan plan = new EvalPlan(List.of(Methods.named("knn-pearson"),
                Methods.named("knn-tutorial")), List.of(40), 10, new Protocol.Holdout(0.2, 42), 2);

        List<EvalResult> results = Evaluation.run(dataset, plan, EvalMonitor.NONE);
        EvalResult pearson = results.get(0);
        EvalResult tutorial = results.get(1);

        assertThat(pearson.method()).isEqualTo("knn-pearson");
        assertThat(tutorial.method()).isEqualTo("knn-tutorial");
        assertThat(pearson.rmse()).isLessThan(tutorial.rmse());
        assertThat(pearson.precision()).isGreaterThan(tutorial.precision());
        assertThat(pearson.ndcg()).isGreaterThan(tutorial.ndcg());
    }
}
