package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdIndexTest {

    @Test
    void numbersDenseIdsInAscendingOrder() {
        IdIndex index = IdIndex.of(new int[] {3, 1, 2, 5, 4});

        assertEquals(5, index.size());
        for (int id = 1; id <= 5; id++) {
            assertEquals(id - 1, index.indexOf(id));
            assertEquals(id, index.idAt(id - 1));
        }
    }

    @Test
    void numbersSparseIdsInAscendingOrder() {
        IdIndex index = IdIndex.of(new int[] {2_000_000_000, 7, 1_000_000});

        assertEquals(3, index.size());
        assertEquals(0, index.indexOf(7));
        assertEquals(1, index.indexOf(1_000_000));
        assertEquals(2, index.indexOf(2_000_000_000));
        assertEquals(2_000_000_000, index.idAt(2));
    }

    @Test
    void countsRepeatedIdsOnce() {
        IdIndex index = IdIndex.of(new int[] {10, 10, 20, 10, 20});

        assertEquals(2, index.size());
        assertEquals(0, index.indexOf(10));
        assertEquals(1, index.indexOf(20));
    }

    @Test
    void answersMinusOneForUnknownIds() {
        IdIndex dense = IdIndex.of(IntStream.rangeClosed(1, 100).filter(id -> id != 50).toArray());
        IdIndex sparse = IdIndex.of(new int[] {5, 1_000_000, 2_000_000_000});

        for (IdIndex index : new IdIndex[] {dense, sparse}) {
            assertEquals(-1, index.indexOf(50));
            assertEquals(-1, index.indexOf(0));
            assertEquals(-1, index.indexOf(-1));
            assertEquals(-1, index.indexOf(Integer.MIN_VALUE));
            assertEquals(-1, index.indexOf(Integer.MAX_VALUE));
        }
    }

    @Test
    void anEmptyIndexKnowsNoId() {
        IdIndex index = IdIndex.of(new int[0]);

        assertEquals(0, index.size());
        assertEquals(-1, index.indexOf(0));
        assertEquals(-1, index.indexOf(1));
    }

    @Test
    void leavesTheCallersArrayAlone() {
        int[] ids = {3, 1, 2};

        IdIndex.of(ids);

        assertEquals(3, ids[0]);
    }
}
