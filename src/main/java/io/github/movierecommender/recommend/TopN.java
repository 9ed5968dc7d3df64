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
            siftDown(0);
        }
    }

    /** The kept ids, best first. */
    int[] best() {
        Integer[] boxed = Arrays.stream(heap, 0, size).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, order::compare);
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    /** The heap's root is the worst kept id. */
    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (order.compare(heap[i], heap[parent]) <= 0) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int worst = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                if (order.compare(heap[child], heap[worst]) > 0) {
                    worst = child;
                }
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
