package io.github.movierecommender.data;

import java.util.Arrays;
import java.util.Set;

/**
 * The movies of a catalogue as they are read: their fields in plain arrays, found by id through
 * a hash table, and turned into {@link Movie} records once, when all are read.
 */
final class CatalogEntries {

    private int[] slots = new int[1 << 12];
    private int[] ids = new int[1 << 10];
    private String[] titles = new String[1 << 10];
    private Object[] genres = new Object[1 << 10];
    private int[] imdbIds = new int[1 << 10];
    private int[] tmdbIds = new int[1 << 10];
    private int size;

    /** Adds a movie not read before; false, adding nothing, when its id was read already. */
    boolean add(int id, String title, Set<String> genreSet) {
        int slot = slotOf(id);
        if (slots[slot] != 0) {
            return false;
        }
        if (size == ids.length) {
            grow();
        }
        ids[size] = id;
        titles[size] = title;
        genres[size] = genreSet;
        slots[slot] = ++size;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        return true;
    }

    boolean has(int id) {
        return slots[slotOf(id)] != 0;
    }

    /** Gives the movie {@code id}, if read, its IMDb and TMDB ids. */
    void setLinks(int id, int imdbId, int tmdbId) {
        int row = slots[slotOf(id)] - 1;
        if (row >= 0) {
            imdbIds[row] = imdbId;
            tmdbIds[row] = tmdbId;
        }
    }

    /** The movies by ascending id. */
    @SuppressWarnings("unchecked")
    Movie[] movies() {
        int[] order = ascendingRows();
        Movie[] movies = new Movie[size];
        for (int i = 0; i < size; i++) {
            int row = order == null ? i : order[i];
            MovieTitle title = MovieTitle.parse(titles[row]);
            movies[i] = new Movie(ids[row], titles[row], title.displayTitle(), title.year(), (Set<String>) genres[row],
                    imdbIds[row], tmdbIds[row], false);
        }
        return movies;
    }

    /** The rows in ascending id order, or null when they are read in that order. */
    private int[] ascendingRows() {
        int row = 1;
        while (row < size && ids[row - 1] < ids[row]) {
            row++;
        }
        if (row >= size) {
            return null;
        }
        long[] keyed = new long[size];
        for (int r = 0; r < size; r++) {
            keyed[r] = (long) ids[r] << 32 | r;
        }
        Arrays.sort(keyed);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }

    /** The slot holding {@code id}, or the free slot where it would go. */
    private int slotOf(int id) {
        int mask = slots.length - 1;
        int slot = home(id, mask);
        while (slots[slot] != 0 && ids[slots[slot] - 1] != id) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int home(int id, int mask) {
        int mixed = id * 0x9E3779B9;
        return (mixed ^ (mixed >>> 16)) & mask;
    }

    private void grow() {
        int capacity = ids.length * 2;
        ids = Arrays.copyOf(ids, capacity);
        titles = Arrays.copyOf(titles, capacity);
        genres = Arrays.copyOf(genres, capacity);
        imdbIds = Arrays.copyOf(imdbIds, capacity);
        tmdbIds = Arrays.copyOf(tmdbIds, capacity);
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        int mask = capacity - 1;
        for (int row = 0; row < size; row++) {
            int slot = home(ids[row], mask);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = row + 1;
        }
    }
}
