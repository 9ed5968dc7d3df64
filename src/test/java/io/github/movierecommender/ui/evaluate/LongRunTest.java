package io.github.movierecommender.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.eval.EvalPlan;
import io.github.movierecommender.eval.Protocol;
import io.github.movierecommender.recommend.Methods;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongRunTest {

    private static final long SMALL = 100_836;
    private static final long LARGE = 32_000_204;

    @Test
    void everyUserOf32MillionRatingsWithEveryMethodIsWorthAWarningAndSaysWhy() {
        EvalPlan every = new EvalPlan(Methods.all(), List.of(20), 10, new Protocol.KFold(5, 42), 2);

        assertThat(LongRun.of(every, LARGE)).contains(new LongRun(LARGE, Methods.all().size(), 5));
    }

    @Test
    void aSmallDatasetOrASampleOfUsersRunsWithoutAsking() {
        EvalPlan every = new EvalPlan(Methods.all(), List.of(20), 10, new Protocol.KFold(5, 42), 2);
        EvalPlan sampled = new EvalPlan(Methods.all(), List.of(20), 10, new Protocol.KFold(5, 42), 2,
                LongRun.SAMPLE);
        EvalPlan oneMethod = new EvalPlan(List.of(Methods.named("popular")), List.of(20), 10,
                new Protocol.Holdout(0.2, 42), 2);

        assertThat(LongRun.of(every, SMALL)).isEmpty();
        assertThat(LongRun.of(sampled, LARGE)).isEmpty();
        assertThat(LongRun.of(oneMethod, LARGE)).isEmpty();
    }
}
