package io.github.movierecommender.recommend;

import java.util.Arrays;

/**
 * The users with a positive similarity, most similar first, equally similar ones by ascending
 * index, put in order only as far as they are asked for: a heap of them all hands out the next
 * one at a time, so that a walk which stops after the first few thousand does not pay for
 * sorting every similar user. Those handed out are kept, so the walk can be gone through again.
 */
final class MostSimilarFirst {

    private static final int FIRST_TAKEN = 1024;

    private final double[] similarity;
    private final int[] heap;
    private int heapSize;
    private int[] taken;
    private int takenCount;

    MostSimilarFirst(double[] similarity) {
        this.similarity = similarity;
        int count = 0;
        for (double s : similarity) {
            count += s > 0 ? 1 : 0;
        }
        heap = new int[count];
        for (int v = 0, at = 0; v < similarity.length; v++) {
            if (similarity[v] > 0) {
                heap[at++] = v;
            }
        }
        heapSize = count;
        for (int i = count / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
        taken = new int[Math.min(count, FIRST_TAKEN)];
    }

    /** Whether there is a user at {@code position} of the order. */
    boolean has(int position) {
        return position < takenCount + heapSize;
    }

    /** The user at {@code position} of the order, one that {@link #has} says is there. */
    int at(int position) {
        while (takenCount <= position) {
            takeNext();
        }
        return taken[position];
    }

    private void takeNext() {
        if (takenCount == taken.length) {
            taken = Arrays.copyOf(taken, Math.min(heap.length, 2 * taken.length));
        }
        taken[takenCount++] = heap[0];
        heap[0] = heap[--heapSize];
        siftDown(0);
    }

    private boolean before(int a, int b) {
        double sa = similarity[a];
        double sb = similarity[b];
        return sa > sb || sa == sb && a < b;
    }

    /** The root is the most similar. */
    private void siftDown(int i) {
        while (true) {
            int first = i;
            int left = 2 * i + 1;
            if (left < heapSize && before(heap[left], heap[first])) {
                first = left;
            }
            if (left + 1 < heapSize && before(heap[left + 1], heap[first])) {
                first = left + 1;
            }
            if (first == i) {
                return;
            }
            int swap = heap[i];
            heap[i] = heap[first];
            heap[first] = swap;
            i = first;
        }
    }
}
