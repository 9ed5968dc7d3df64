package io.github.movierecommender.recommend;

import java.util.Arrays;

/**
 * Keeps the {@code n} ids with the highest scores of a stream of (id, score) pairs, the lower id
 * first among equal scores (ordered as {@link Double#compare}): {@link TopN} for the one order
 * that list scoring needs, with the scores kept beside the ids, so that selecting calls no
 * comparator.
 */
final class BestScores {

    private final int[] ids;
    private final double[] scores;
    private int size;

    BestScores(int n) {
        this.ids = new int[Math.max(0, n)];
        this.scores = new double[ids.length];
    }

    /** The kept ids, best first, with their scores. */
    record Sorted(int[] ids, double[] scores) {
    }

    void offer(int id, double score) {
        if (size < ids.length) {
            ids[size] = id;
            scores[size] = score;
            siftUp(size++);
        } else if (size > 0 && worse(ids[0], scores[0], id, score)) {
            ids[0] = id;
            scores[0] = score;
            siftDown(ids, scores, size, 0);
        }
    }

    /** Whether {@code n} pairs are kept, so that a pair enters only by beating the worst of them. */
    boolean full() {
        return size == ids.length;
    }

    /** The lowest kept score; only when some pair is kept. */
    double worstScore() {
        return scores[0];
    }

    /** The kept ids and scores, best first: the worst is taken off a copy of the heap, one after the other, into the last free place. */
    Sorted sorted() {
        int[] sortedIds = Arrays.copyOf(ids, size);
        double[] sortedScores = Arrays.copyOf(scores, size);
        for (int left = size - 1; left > 0; left--) {
            swap(sortedIds, sortedScores, 0, left);
            siftDown(sortedIds, sortedScores, left, 0);
        }
        return new Sorted(sortedIds, sortedScores);
    }

    private static boolean worse(int id, double score, int otherId, double otherScore) {
        int byScore = Double.compare(score, otherScore);
        return byScore != 0 ? byScore < 0 : id > otherId;
    }

    /** The heap's root is the worst kept pair. */
    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(ids[i], scores[i], ids[parent], scores[parent])) {
                return;
            }
            swap(ids, scores, i, parent);
            i = parent;
        }
    }

    private static void siftDown(int[] ids, double[] scores, int length, int i) {
        while (true) {
            int worst = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < length; child++) {
                if (worse(ids[child], scores[child], ids[worst], scores[worst])) {
                    worst = child;
                }
            }
            if (worst == i) {
                return;
            }
            swap(ids, scores, i, worst);
            i = worst;
        }
    }

    private static void swap(int[] ids, double[] scores, int a, int b) {
        int id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
        double score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}
