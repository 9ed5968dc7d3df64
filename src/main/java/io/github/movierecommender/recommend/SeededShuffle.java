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

    /**
     * Moves a uniform random {@code keep} of {@code values[0]} to {@code values[count - 1]} to the
     * front (a partial Fisher–Yates shuffle), drawing one number per kept value.
     */
    static void sampleToFront(int[] values, int count, int keep, SplittableRandom random) {
        for (int i = 0; i < keep; i++) {
            int pick = i + random.nextInt(count - i);
            int swap = values[i];
            values[i] = values[pick];
            values[pick] = swap;
        }
    }
}
