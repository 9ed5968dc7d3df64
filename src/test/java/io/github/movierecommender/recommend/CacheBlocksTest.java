package io.github.movierecommender.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a scan of many sorted rows is cut into blocks, alone and shared among the cores. */
class CacheBlocksTest {

    private static final int USERS = 200_000;
    private static final int MOST = 1 << 15;

    @Test
    void aScanOfShortRowsOnOneThreadIsOneBlock() {
        assertEquals(USERS, CacheBlocks.sharedLength(300_000, 1_000, USERS, MOST, 1, 256));
    }

    @Test
    void aSharedScanOfShortRowsGivesEveryWorkerABlock() {
        assertEquals(USERS / 2, CacheBlocks.sharedLength(300_000, 1_000, USERS, MOST, 2, 256));
    }

    @Test
    void aSharedScanOfLongRowsGivesEveryWorkerFourBlocks() {
        assertEquals(USERS / 8, CacheBlocks.sharedLength(2_000_000, 100, USERS, MOST, 2, 256));
    }

    @Test
    void aScanOfLongRowsOnOneThreadIsCutToTheCacheBlock() {
        assertEquals(USERS / 7 + 1, CacheBlocks.sharedLength(2_000_000, 100, USERS, MOST, 1, 256));
    }
}
