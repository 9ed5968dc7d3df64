package io.github.movierecommender.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Similar users come most similar first, equally similar ones by index, and the order can be walked again. */
class MostSimilarFirstTest {

    @Test
    void theOrderIsThatOfSortingEveryUserWithAPositiveSimilarity() {
        SplittableRandom random = new SplittableRandom(3);
        double[] similarity = new double[5000];
        for (int v = 0; v < similarity.length; v++) {
            int kind = random.nextInt(4);
            similarity[v] = kind == 0 ? 0 : kind == 1 ? -random.nextDouble()
                    : kind == 2 ? random.nextInt(5) / 4.0 : random.nextDouble() * 1e-3;
        }
        similarity[16] = 0.75;
        similarity[17] = Math.nextUp(0.75);
        int[] expected = IntStream.range(0, similarity.length).filter(v -> similarity[v] > 0).boxed()
                .sorted(Comparator.<Integer>comparingDouble(v -> -similarity[v]).thenComparing(v -> v))
                .mapToInt(Integer::intValue).toArray();

        MostSimilarFirst order = new MostSimilarFirst(similarity);
        int[] firstHalf = IntStream.range(0, expected.length / 2).map(order::at).toArray();
        int[] all = IntStream.range(0, expected.length).map(order::at).toArray();

        assertArrayEquals(expected, all);
        assertArrayEquals(Arrays.copyOf(expected, expected.length / 2), firstHalf);
        assertFalse(order.has(expected.length));
        assertEquals(all[0], order.at(0));
    }

    @Test
    void noOneIsSimilarWhenNoSimilarityIsPositive() {
        assertFalse(new MostSimilarFirst(new double[] {0, -1, -0.0}).has(0));
    }
}
