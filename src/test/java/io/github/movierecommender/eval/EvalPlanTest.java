package io.github.movierecommender.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.movierecommender.recommend.Measure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Method names as the command line reads them, and the checks on a plan. */
class EvalPlanTest {

    private static final Protocol HOLDOUT = new Protocol.Holdout(0.2, 42);

    @Test
    void everyMethodReadsBackFromItsLabel() {
        List<String> labels = List.of("popular", "genre", "knn-tutorial", "knn-basic", "knn-euclidean", "knn-msd",
                "knn-cosine", "knn-pearson", "item-knn", "als");
        for (String label : labels) {
            assertEquals(label, EvalMethod.parse(label, Measure.PEARSON).label());
        }
        assertEquals("knn-cosine", EvalMethod.parse(" KNN ", Measure.COSINE).label());
        assertThat(assertThrows(IllegalArgumentException.class, () -> EvalMethod.parse("knn-magic", Measure.MSD))
                .getMessage()).startsWith("unknown method 'knn-magic'");
    }

    @Test
    void theTutorialAndKnnBasicKeepTheirOwnMeasure() {
        assertEquals(Measure.EUCLIDEAN, new EvalMethod(EvalMethod.Kind.KNN_TUTORIAL, Measure.COSINE).measure());
        assertEquals(Measure.MSD, new EvalMethod(EvalMethod.Kind.KNN_BASIC, Measure.PEARSON).measure());
        assertThrows(IllegalArgumentException.class, () -> new EvalMethod(EvalMethod.Kind.KNN, null));
    }

    @Test
    void neighbourhoodSizesAreSortedWithoutRepeats() {
        EvalPlan plan = new EvalPlan(List.of(EvalMethod.of(EvalMethod.Kind.POPULAR)), List.of(40, 5, 10, 5), 10,
                HOLDOUT, 1);

        assertEquals(List.of(5, 10, 40), plan.ks());
        assertEquals(40, plan.maxK());
    }

    @Test
    void refusesAPlanWithoutMethodsOrWithAKNOrThreadCountBelowOne() {
        List<EvalMethod> popular = List.of(EvalMethod.of(EvalMethod.Kind.POPULAR));
        assertThrows(IllegalArgumentException.class, () -> new EvalPlan(List.of(), List.of(5), 10, HOLDOUT, 1));
        assertThrows(IllegalArgumentException.class, () -> new EvalPlan(popular, List.of(), 10, HOLDOUT, 1));
        assertThrows(IllegalArgumentException.class, () -> new EvalPlan(popular, List.of(0, 5), 10, HOLDOUT, 1));
        assertThrows(IllegalArgumentException.class, () -> new EvalPlan(popular, List.of(5), 0, HOLDOUT, 1));
        assertThrows(IllegalArgumentException.class, () -> new EvalPlan(popular, List.of(5), 10, HOLDOUT, 0));
    }
}
