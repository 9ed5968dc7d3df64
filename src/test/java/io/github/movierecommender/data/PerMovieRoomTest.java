package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * The per-movie rows' arrays made ahead of the assembly are used when they hold exactly the
 * ratings assembled, and left aside otherwise (repeated ratings removed make the rows fewer than
 * the lines parsed).
 */
class PerMovieRoomTest {

    private static final IdIndex USERS = IdIndex.of(new int[] {10, 20, 30});
    private static final int[] OFFSETS = {0, 2, 3, 5};
    private static final int[] MOVIES = {0, 2, 1, 0, 1};
    private static final byte[] HALF_STARS = {1, 2, 3, 4, 5};
    private static final int[] TIMES = {1, 2, 3, 4, 5};
    private static final int MOVIE_COUNT = 3;

    @Test
    void roomForExactlyTheRatingsHoldsTheirPerMovieRows() {
        Ratings without = ratings(null);
        PerMovieRoom room = PerMovieRoom.of(MOVIES.length);

        Ratings with = ratings(room);

        assertSame(room.users(), with.movieUsers());
        assertSame(room.halfStars(), with.movieHalfStars());
        assertSamePerMovieRows(without, with);
    }

    @Test
    void roomForMoreRatingsThanAssembledIsLeftAside() {
        Ratings without = ratings(null);
        PerMovieRoom room = PerMovieRoom.of(MOVIES.length + 3);

        Ratings with = ratings(room);

        assertNotSame(room.users(), with.movieUsers());
        assertEquals(MOVIES.length, with.movieUsers().length);
        assertSamePerMovieRows(without, with);
    }

    private static Ratings ratings(PerMovieRoom room) {
        return new Ratings(USERS, OFFSETS.clone(), MOVIES.clone(), HALF_STARS.clone(), TIMES.clone(), MOVIE_COUNT,
                room);
    }

    private static void assertSamePerMovieRows(Ratings expected, Ratings actual) {
        assertArrayEquals(new int[] {0, 2, 4, 5}, expected.movieOffsets());
        assertArrayEquals(new int[] {0, 2, 1, 2, 0}, expected.movieUsers());
        assertArrayEquals(expected.movieOffsets(), actual.movieOffsets());
        assertArrayEquals(expected.movieUsers(), actual.movieUsers());
        assertArrayEquals(expected.movieHalfStars(), actual.movieHalfStars());
    }
}
