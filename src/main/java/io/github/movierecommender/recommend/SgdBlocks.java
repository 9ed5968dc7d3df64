package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.Arrays;

/**
 * The ratings cut into {@link #COUNT} × {@link #COUNT} blocks for parallel stochastic gradient
 * descent (Gemulla et al. 2011): user u is in user block u mod {@link #COUNT}, movie m in movie
 * block m mod {@link #COUNT}. The blocks of one stratum ({@code (b, (b + s) mod COUNT)} for every
 * b) share no user and no movie, so they can be fitted at the same time without touching the same
 * factors; the number of blocks is fixed, so the result does not depend on how many threads run them.
 */
final class SgdBlocks {

    static final int COUNT = 8;

    private final int[] entries;
    /** Entries of user u in movie block b are entries[from[u·(COUNT+1) + b] .. from[u·(COUNT+1) + b + 1]). */
    private final int[] from;
    private final int[][] usersOfBlock;

    SgdBlocks(Ratings ratings) {
        int users = ratings.userCount();
        entries = new int[ratings.size()];
        from = new int[users * (COUNT + 1)];
        int[] perBlock = new int[COUNT];
        for (int u = 0; u < users; u++) {
            int base = u * (COUNT + 1);
            Arrays.fill(perBlock, 0);
            for (int i = ratings.userStart(u); i < ratings.userEnd(u); i++) {
                perBlock[ratings.userMovieAt(i) % COUNT]++;
            }
            from[base] = ratings.userStart(u);
            for (int b = 0; b < COUNT; b++) {
                from[base + b + 1] = from[base + b] + perBlock[b];
            }
            int[] next = Arrays.copyOfRange(from, base, base + COUNT);
            for (int i = ratings.userStart(u); i < ratings.userEnd(u); i++) {
                entries[next[ratings.userMovieAt(i) % COUNT]++] = i;
            }
        }
        usersOfBlock = new int[COUNT][];
        for (int b = 0; b < COUNT; b++) {
            usersOfBlock[b] = new int[(users - b + COUNT - 1) / COUNT];
            for (int t = 0; t < usersOfBlock[b].length; t++) {
                usersOfBlock[b][t] = b + t * COUNT;
            }
        }
    }

    /** The per-user entry indexes, grouped by movie block; shuffled in place by the passes. */
    int[] entries() {
        return entries;
    }

    int start(int user, int movieBlock) {
        return from[user * (COUNT + 1) + movieBlock];
    }

    int end(int user, int movieBlock) {
        return from[user * (COUNT + 1) + movieBlock + 1];
    }

    /** A copy of the users of a user block, in ascending order. */
    int[] users(int userBlock) {
        return usersOfBlock[userBlock].clone();
    }
}
