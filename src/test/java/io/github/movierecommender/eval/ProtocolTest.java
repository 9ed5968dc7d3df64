package io.github.movierecommender.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.eval.Releases.Row;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The splits: how much each protocol holds out, and that training built from a split holds none of it. */
class ProtocolTest {

    /** Users 1, 2, 3, 5, 10 and 13 rate that many movies. */
    private static final int[] COUNTS = {1, 2, 3, 5, 10, 13};

    @TempDir
    static Path folder;

    static Ratings counted;
    static Ratings random;

    @BeforeAll
    static void writeReleases() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int count : COUNTS) {
            for (int m = 1; m <= count; m++) {
                rows.add(new Row(count, m, 1 + m % 5));
            }
        }
        counted = Releases.load(folder.resolve("counted"), 13, rows).ratings();
        random = Releases.load(folder.resolve("random"), 30, Releases.random(40, 30, 0.5, 3)).ratings();
    }

    private static int heldOut(BitSet test, Ratings ratings, int userId) {
        int u = ratings.users().indexOf(userId);
        return test.get(ratings.userStart(u), ratings.userEnd(u)).cardinality();
    }

    @Test
    void holdoutHoldsOutTheRoundedFractionOfEachUsersRatingsButLeavesOneInTraining() {
        Map<Double, List<Integer>> expected = Map.of(
                0.2, List.of(0, 0, 1, 1, 2, 3),
                0.5, List.of(0, 1, 2, 3, 5, 7),
                0.9, List.of(0, 1, 2, 4, 9, 12));
        expected.forEach((fraction, held) -> {
            List<BitSet> parts = new Protocol.Holdout(fraction, 42).testParts(counted);
            assertEquals(1, parts.size());
            for (int i = 0; i < COUNTS.length; i++) {
                assertEquals(held.get(i), heldOut(parts.get(0), counted, COUNTS[i]),
                        "fraction " + fraction + ", user with " + COUNTS[i] + " ratings");
            }
            assertEquals(held.stream().mapToInt(Integer::intValue).sum(), parts.get(0).cardinality());
        });
    }

    @Test
    void kFoldPartsAreDisjointEvenlySizedAndCoverEveryRating() {
        List<BitSet> parts = new Protocol.KFold(4, 42).testParts(random);

        assertEquals(4, parts.size());
        BitSet union = new BitSet();
        for (BitSet part : parts) {
            assertFalse(union.intersects(part), "folds overlap");
            union.or(part);
            assertThat(part.cardinality()).isBetween(random.size() / 4, random.size() / 4 + 1);
        }
        assertEquals(random.size(), union.cardinality());
        assertEquals(random.size(), union.length());
    }

    @Test
    void trainingKeptFromASplitHoldsEveryOtherRatingAndNoneOfTheTestPart() {
        List<BitSet> parts = new ArrayList<>(new Protocol.KFold(3, 7).testParts(random));
        parts.addAll(new Protocol.Holdout(0.3, 7).testParts(random));
        for (BitSet test : parts) {
            BitSet rest = new BitSet();
            rest.set(0, random.size());
            rest.andNot(test);

            Ratings training = random.keep(rest);

            assertEquals(random.size() - test.cardinality(), training.size());
            for (int u = 0; u < random.userCount(); u++) {
                for (int i = random.userStart(u); i < random.userEnd(u); i++) {
                    int m = random.userMovieAt(i);
                    assertEquals(test.get(i) ? 0 : random.userHalfStarsAt(i), training.halfStars(u, m),
                            "user index " + u + ", movie index " + m);
                }
            }
            for (int m = 0; m < random.movieCount(); m++) {
                for (int j = training.movieStart(m); j < training.movieEnd(m); j++) {
                    assertEquals(random.halfStars(training.movieUserAt(j), m), training.movieHalfStarsAt(j));
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        assertEquals(new Protocol.Holdout(0.2, 1).testParts(random), new Protocol.Holdout(0.2, 1).testParts(random));
        assertEquals(new Protocol.KFold(5, 1).testParts(random), new Protocol.KFold(5, 1).testParts(random));
        assertNotEquals(new Protocol.Holdout(0.2, 1).testParts(random), new Protocol.Holdout(0.2, 2).testParts(random));
        assertNotEquals(new Protocol.KFold(5, 1).testParts(random), new Protocol.KFold(5, 2).testParts(random));
    }

    @Test
    void aFractionOutsideZeroToOneOrFewerThanTwoFoldsIsRefused() {
        for (double fraction : new double[] {0, 1, -0.1, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> new Protocol.Holdout(fraction, 1));
        }
        assertThrows(IllegalArgumentException.class, () -> new Protocol.KFold(1, 1));
    }

    @Test
    void describesItselfWithItsSeed() {
        assertEquals("hold-out of 20% of each user's ratings, seed 42", new Protocol.Holdout(0.2, 42).describe());
        assertEquals("5-fold cross-validation over ratings, seed 42", new Protocol.KFold(5, 42).describe());
    }
}
