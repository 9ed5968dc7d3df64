package io.github.movierecommender.eval;

import java.util.SplittableRandom;

/** Random orders drawn from a seeded generator, for splits and samples that repeat. */
final class Shuffle {

    private Shuffle() {
    }

    /** 0 to {@code size} − 1 in a random order (Fisher–Yates). */
    static int[] range(int size, SplittableRandom random) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
