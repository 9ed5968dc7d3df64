package io.github.movierecommender.data;

import java.util.Arrays;

/**
 * Maps MovieLens ids to dense indexes 0..size-1 (in ascending id order) and back. Uses a direct
 * lookup table when the ids are dense enough, a binary search otherwise.
 */
public final class IdIndex {

    private static final int MAX_TABLE_SLACK = 4;

    private final int[] ids;
    private final int[] table;

    private IdIndex(int[] sortedDistinctIds) {
        this.ids = sortedDistinctIds;
        this.table = buildTable(sortedDistinctIds);
    }

    /** Builds an index over the given ids; they are sorted and de-duplicated first. */
    public static IdIndex of(int[] ids) {
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return new IdIndex(Arrays.copyOf(sorted, distinct));
    }

    private static int[] buildTable(int[] ids) {
        if (ids.length == 0 || ids[0] < 0) {
            return null;
        }
        long max = ids[ids.length - 1];
        if (max + 1 > (long) MAX_TABLE_SLACK * ids.length + 1024) {
            return null;
        }
        int[] table = new int[(int) max + 1];
        Arrays.fill(table, -1);
        for (int i = 0; i < ids.length; i++) {
            table[ids[i]] = i;
        }
        return table;
    }

    /** The dense index of {@code id}, or -1 when the id is unknown. */
    public int indexOf(int id) {
        if (table != null) {
            return id >= 0 && id < table.length ? table[id] : -1;
        }
        int found = Arrays.binarySearch(ids, id);
        return found >= 0 ? found : -1;
    }

    /** The ids in ascending order; not to be changed. */
    int[] ids() {
        return ids;
    }

    public int idAt(int index) {
        return ids[index];
    }

    public int size() {
        return ids.length;
    }

    public long retainedBytes() {
        return 4L * ids.length + (table == null ? 0 : 4L * table.length);
    }
}
