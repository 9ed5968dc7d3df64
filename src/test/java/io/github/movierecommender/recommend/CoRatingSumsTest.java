package io.github.movierecommender.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The packed sums hold the largest a compared profile can reach, and every field reads back exactly. */
class CoRatingSumsTest {

    @ParameterizedTest
    @CsvSource({"10, 10", "10, 1", "1, 10", "7, 3"})
    void theSumsOfTheMostComparedRatingsReadBackExactly(int yours, int theirs) {
        long theirSums = 0;
        long sharedSums = 0;
        for (int i = 0; i < ComparedRatings.MOST; i++) {
            theirSums += CoRatingSums.theirs(theirs);
            sharedSums += CoRatingSums.own(yours) + CoRatingSums.product(yours, theirs);
        }
        long n = ComparedRatings.MOST;

        assertEquals(n, CoRatingSums.count(theirSums));
        assertEquals(n * theirs, CoRatingSums.theirSum(theirSums));
        assertEquals(n * theirs * theirs, CoRatingSums.theirSquares(theirSums));
        assertEquals(n * yours, CoRatingSums.ownSum(sharedSums));
        assertEquals(n * yours * yours, CoRatingSums.ownSquares(sharedSums));
        assertEquals(n * yours * theirs, CoRatingSums.products(sharedSums));
    }
}
