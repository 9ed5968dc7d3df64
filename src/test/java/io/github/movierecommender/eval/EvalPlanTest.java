package io.github.movierecommender.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.Methods;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Method names as the command line reads them, and the checks on a plan. */
class EvalPlanTest {

    private static final Protocol HOLDOUT = new Protocol.Holdout(0.2, 42);

    @Test
    void everyMethodReadsBackFromItsLabel() {
        List<String> labels = List.of("popular", "genre", "knn-tutorial", "knn-basic", "knn-euclidean", "knn-msd",
                "knn-cosine", "knn-pearson", "baseline", "knn-baseline", "mf", "blend", "item-knn", "als", "als-plain");
        for (String label : labels) {
            assertEquals(label, Methods.parse(label, Measure.PEARSON).name());
        }
        assertEquals("knn-cosine", Methods.parse(" KNN ", Measure.COSINE).name());
        assertThat(assertThrows(IllegalArgumentException.class, () -> Methods.parse("knn-magic", Measure.MSD))
                .getMessage()).startsWith("unknown method 'knn-magic'");
    }

    @Test
    void neighbourhoodSizesAreSortedWithoutRepeats() {
        EvalPlan plan = new EvalPlan(List.of(Methods.named("popular")), List.of(40, 5, 10, 5), 10,
                HOLDOUT, 1);

        assertEquals(List.of(5, 10, 40), plan.ks());
        assertEquals(40, plan.maxK());
    }

    @Test
    void refusesAPlanWithoutMethodsOrWithAKNOrThreadCountBelowOne() {
        List<Method> popular = List.of(Methods.named("popular"));
        assertThrows(IllegalArgumentException.class, () -> new EvalPlan(List.of(), List.of(5), 10, HOLDOUT, 1));
        assertThrows(IllegalArgumentException.class, () -> new EvalPlan(popular, List.of(), 10, HOLDOUT, 1));
        assertThrows(IllegalArgumentException.class, () -> new EvalPlan(popular, List.of(0, 5), 10, HOLDOUT, 1));
        assertThrows(IllegalArgumentException.class, () -> new EvalPlan(popular, List.of(5), 0, HOLDOUT, 1));
        assertThrows(IllegalArgumentException.class, () -> new EvalPlan(popular, List.of(5), 10, HOLDOUT, 0));
    }
}
