package io.github.movierecommender.recommend;

import java.util.Arrays;

/** Keeps the best {@code n} of a stream of int ids under a total order, in O(count · log n). */
final class TopN {

    /** Negative when {@code a} ranks before {@code b}. */
    @FunctionalInterface
    interface Order {
        int compare(int a, int b);
    }

    private final int[] heap;
    private final Order order;
    private int size;

    TopN(int n, Order order) {
        this.heap = new int[Math.max(0, n)];
        this.order = order;
    }

    void offer(int id) {
        if (heap.length == 0) {
            return;
        }
        if (size < heap.length) {
            heap[size] = id;
            siftUp(size++);
        } else if (order.compare(id, heap[0]) < 0) {
            heap[0] = id;
            siftDown(heap, size, 0);
        }
    }

    /** The kept ids, best first: the worst is taken off a copy of the heap, one after the other, into the last free place. */
    int[] best() {
        int[] sorted = Arrays.copyOf(heap, size);
        for (int left = size - 1; left > 0; left--) {
            swap(sorted, 0, left);
            siftDown(sorted, left, 0);
        }
        return sorted;
    }

    /** The heap's root is the worst kept id. */
    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (order.compare(heap[i], heap[parent]) <= 0) {
                return;
            }
            swap(heap, i, parent);
            i = parent;
        }
    }

    /** Restores the heap order of the first {@code length} ids of {@code ids} below {@code i}. */
    private void siftDown(int[] ids, int length, int i) {
        while (true) {
            int worst = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < length; child++) {
                if (order.compare(ids[child], ids[worst]) > 0) {
                    worst = child;
                }
            }
            if (worst == i) {
                return;
            }
            swap(ids, i, worst);
            i = worst;
        }
    }

    private static void swap(int[] ids, int a, int b) {
        int t = ids[a];
        ids[a] = ids[b];
        ids[b] = t;
    }
}
