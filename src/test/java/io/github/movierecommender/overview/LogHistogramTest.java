package io.github.movierecommender.overview;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.overview.LogHistogram.Bin;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogHistogramTest {

    private static final double EPSILON = 1e-9;

    @Test
    void eachBinEndsJustBeforeThePowerOfTwoThatStartsTheNext() {
        LogHistogram histogram = LogHistogram.of(new int[] {7, 4, 8, 15, 16, 1});

        assertEquals(List.of(new Bin(1, 1, 1), new Bin(2, 3, 0), new Bin(4, 7, 2), new Bin(8, 15, 2),
                new Bin(16, 31, 1)), histogram.bins());
    }

    @Test
    void aMedianBetweenTwoBinsFallsInTheLowerOne() {
        LogHistogram histogram = LogHistogram.of(new int[] {4, 1, 3, 9});

        assertEquals(3.5, histogram.median(), EPSILON);
        assertEquals(1, histogram.medianBin());
    }

    @Test
    void theLargestIntFallsInTheLastBin() {
        LogHistogram histogram = LogHistogram.of(new int[] {Integer.MAX_VALUE});

        assertEquals(new Bin(1 << 30, Integer.MAX_VALUE, 1), histogram.bins().get(30));
        assertEquals(30, histogram.medianBin());
    }

    @Test
    void noValuesMakeNoBins() {
        LogHistogram histogram = LogHistogram.of(new int[0]);

        assertEquals(List.of(), histogram.bins());
        assertEquals(-1, histogram.medianBin());
        assertEquals(0, histogram.total());
    }

    @Test
    void theMedianIsThatOfTheSortedValuesWhateverTheirSpread() {
        SplittableRandom random = new SplittableRandom(15);
        for (int trial = 0; trial < 200; trial++) {
            int[] values = new int[1 + random.nextInt(300)];
            int bound = trial % 3 == 0 ? Integer.MAX_VALUE : 1 + random.nextInt(trial % 3 == 1 ? 40 : 100_000);
            for (int i = 0; i < values.length; i++) {
                values[i] = 1 + random.nextInt(bound);
            }
            int[] sorted = values.clone();
            Arrays.sort(sorted);
            int middle = sorted.length / 2;
            double expected = sorted.length % 2 == 1 ? sorted[middle]
                    : (sorted[middle - 1] + (double) sorted[middle]) / 2;

            assertEquals(expected, LogHistogram.of(values).median(), EPSILON, Arrays.toString(values));
        }
    }

    @Test
    void refusesValuesBelowOne() {
        assertThatThrownBy(() -> LogHistogram.of(new int[] {3, 0})).isInstanceOf(IllegalArgumentException.class);
    }
}
