package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Lookups by MovieLens id and the invariants every loaded dataset must keep. */
final class DatasetAssertions {

    private DatasetAssertions() {
    }

    static Movie movie(Dataset dataset, int movieId) {
        return dataset.movies().byId(movieId)
                .orElseThrow(() -> new AssertionError("no movie " + movieId));
    }

    /** The stars user {@code userId} gave movie {@code movieId}, or 0 when unrated. */
    static double stars(Dataset dataset, int userId, int movieId) {
        int u = dataset.ratings().users().indexOf(userId);
        int m = dataset.movies().indexOf(movieId);
        assertTrue(u >= 0, "no user " + userId);
        assertTrue(m >= 0, "no movie " + movieId);
        return dataset.ratings().halfStars(u, m) / 2.0;
    }

    /** The MovieLens ids of the movies user {@code userId} rated, in row order. */
    static List<Integer> ratedMovieIds(Dataset dataset, int userId) {
        Ratings ratings = dataset.ratings();
        int u = ratings.users().indexOf(userId);
        return IntStream.range(ratings.userStart(u), ratings.userEnd(u))
                .mapToObj(i -> dataset.movies().at(ratings.userMovieAt(i)).id()).toList();
    }

    /** Per-user rows sorted by movie, per-movie rows sorted by user, and both holding the same ratings. */
    static void assertConsistent(Dataset dataset) {
        Ratings ratings = dataset.ratings();
        assertEquals(dataset.movies().size(), ratings.movieCount(), "one movie row per catalogue entry");
        assertEquals(ratings.users().size(), ratings.userCount());
        assertEquals(0, ratings.userStart(0));
        assertEquals(ratings.size(), ratings.userEnd(ratings.userCount() - 1));
        assertEquals(0, ratings.movieStart(0));
        assertEquals(ratings.size(), ratings.movieEnd(ratings.movieCount() - 1));
        for (int u = 0; u < ratings.userCount(); u++) {
            assertEquals(ratings.userEnd(u) - ratings.userStart(u), ratings.userRatingCount(u));
            for (int i = ratings.userStart(u); i < ratings.userEnd(u); i++) {
                int m = ratings.userMovieAt(i);
                assertTrue(m >= 0 && m < ratings.movieCount(), "movie index in range");
                if (i > ratings.userStart(u)) {
                    assertTrue(ratings.userMovieAt(i - 1) < m, "user row sorted by movie, no repeats");
                }
                assertTrue(ratings.userHalfStarsAt(i) >= 1 && ratings.userHalfStarsAt(i) <= 10);
                assertEquals(ratings.userHalfStarsAt(i) / 2.0, ratings.userRatingAt(i));
            }
        }
        long movieEntries = 0;
        for (int m = 0; m < ratings.movieCount(); m++) {
            assertEquals(ratings.movieEnd(m) - ratings.movieStart(m), ratings.movieRatingCount(m));
            for (int i = ratings.movieStart(m); i < ratings.movieEnd(m); i++) {
                int u = ratings.movieUserAt(i);
                if (i > ratings.movieStart(m)) {
                    assertTrue(ratings.movieUserAt(i - 1) < u, "movie row sorted by user, no repeats");
                }
                assertEquals(ratings.movieHalfStarsAt(i), ratings.halfStars(u, m),
                        "per-movie entry matches the per-user entry");
                assertEquals(ratings.movieHalfStarsAt(i) / 2.0, ratings.movieRatingAt(i));
                movieEntries++;
            }
        }
        assertEquals(ratings.size(), movieEntries);
    }

    /** The same movies, ratings and tags, and nothing skipped in either. */
    static void assertSameData(Dataset expected, Dataset actual) {
        assertEquals(expected.format(), actual.format());
        assertEquals(expected.movies().all(), actual.movies().all());
        Ratings want = expected.ratings();
        Ratings got = actual.ratings();
        assertEquals(want.size(), got.size(), "ratings");
        assertEquals(want.userCount(), got.userCount(), "users");
        for (int u = 0; u < want.userCount(); u++) {
            assertEquals(want.users().idAt(u), got.users().idAt(u));
            assertEquals(want.userStart(u), got.userStart(u));
            assertEquals(want.userEnd(u), got.userEnd(u));
        }
        for (int i = 0; i < want.size(); i++) {
            assertEquals(want.userMovieAt(i), got.userMovieAt(i));
            assertEquals(want.userHalfStarsAt(i), got.userHalfStarsAt(i));
            assertEquals(want.userTimeAt(i), got.userTimeAt(i));
        }
        assertEquals(expected.tags().count(), actual.tags().count(), "tags");
        for (int m = 0; m < expected.movies().size(); m++) {
            assertEquals(expected.tags().of(m), actual.tags().of(m));
        }
        assertEquals(List.of(), actual.report().firstBadLines());
        assertEquals(expected.report().skippedLines(), actual.report().skippedLines());
    }

    /** The parsed rows are those of one sequential pass over the same lines, in the same order. */
    static void assertSameRows(RatingBlock sequential, RatingRows rows) {
        assertEquals(sequential.size, rows.size);
        assertArrayEquals(Arrays.copyOf(sequential.movieIds, sequential.size), Arrays.copyOf(rows.movieIds, rows.size));
        assertArrayEquals(Arrays.copyOf(sequential.halfStars, sequential.size), Arrays.copyOf(rows.halfStars, rows.size));
        assertArrayEquals(Arrays.copyOf(sequential.times, sequential.size), Arrays.copyOf(rows.times, rows.size));
        assertArrayEquals(Arrays.copyOf(sequential.runUsers, sequential.runs), Arrays.copyOf(rows.runUsers, rows.runs));
        assertArrayEquals(Arrays.copyOf(sequential.runLengths, sequential.runs),
                Arrays.copyOf(rows.runLengths, rows.runs));
    }
}
