package io.github.movierecommender.search;

import java.util.Arrays;

/** Keeps the {@code limit} largest of the longs offered to it: a bounded min-heap without boxing. */
final class TopKeys {

    private final long[] heap;
    private int size;

    TopKeys(int limit) {
        this.heap = new long[limit];
    }

    void offer(long key) {
        if (size < heap.length) {
            heap[size] = key;
            siftUp(size++);
        } else if (key > heap[0]) {
            heap[0] = key;
            siftDown(0);
        }
    }

    /** The kept keys, largest first. */
    long[] descending() {
        long[] sorted = Arrays.copyOf(heap, size);
        Arrays.sort(sorted);
        for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
            long swap = sorted[i];
            sorted[i] = sorted[j];
            sorted[j] = swap;
        }
        return sorted;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (heap[parent] <= heap[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (right < size && heap[right] < heap[smallest]) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        long swap = heap[a];
        heap[a] = heap[b];
        heap[b] = swap;
    }
}
