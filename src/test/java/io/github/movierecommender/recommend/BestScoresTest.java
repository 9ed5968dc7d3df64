package io.github.movierecommender.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BestScoresTest {

    @Test
    void keepsTheHighestScoresBestFirstAndTheLowerIdAmongEqualScores() {
        BestScores best = new BestScores(3);
        best.offer(7, 0.5);
        best.offer(2, 0.9);
        best.offer(9, 0.9);
        best.offer(4, -1);
        best.offer(1, 0.5);
        BestScores.Sorted sorted = best.sorted();
        assertArrayEquals(new int[] {2, 9, 1}, sorted.ids());
        assertArrayEquals(new double[] {0.9, 0.9, 0.5}, sorted.scores());
    }

    @Test
    void fewerOffersThanPlacesAreAllKeptAndNoPlacesKeepNothing() {
        BestScores best = new BestScores(5);
        best.offer(3, 1);
        best.offer(8, 2);
        assertArrayEquals(new int[] {8, 3}, best.sorted().ids());
        BestScores none = new BestScores(0);
        none.offer(1, 1);
        assertArrayEquals(new int[0], none.sorted().ids());
    }

    @Test
    void agreesWithSortingEveryScoreAndWithTopN() {
        SplittableRandom random = new SplittableRandom(5);
        double[] score = IntStream.range(0, 2000).mapToDouble(i -> random.nextInt(300) / 7.0).toArray();
        BestScores best = new BestScores(40);
        TopN top = new TopN(40, (a, b) -> {
            int byScore = Double.compare(score[b], score[a]);
            return byScore != 0 ? byScore : Integer.compare(a, b);
        });
        for (int i = 0; i < score.length; i++) {
            best.offer(i, score[i]);
            top.offer(i);
        }
        int[] sorted = IntStream.range(0, score.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).limit(40).toArray();
        assertArrayEquals(sorted, best.sorted().ids());
        assertArrayEquals(sorted, top.best());
        assertArrayEquals(Arrays.stream(sorted).mapToDouble(i -> score[i]).toArray(), best.sorted().scores());
    }
}
