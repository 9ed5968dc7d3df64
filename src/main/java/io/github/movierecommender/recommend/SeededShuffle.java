package io.github.movierecommender.recommend;

import java.util.SplittableRandom;

/** Fisher–Yates shuffles drawn from a seeded generator, so that training repeats for a seed. */
final class SeededShuffle {

    private SeededShuffle() {
    }

    /** Shuffles {@code values[from]} to {@code values[to - 1]} in place. */
    static void shuffle(int[] values, int from, int to, SplittableRandom random) {
        for (int i = to - 1; i > from; i--) {
            int j = from + random.nextInt(i - from + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
