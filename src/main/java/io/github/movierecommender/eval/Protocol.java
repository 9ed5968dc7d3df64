package io.github.movierecommender.eval;

import io.github.movierecommender.data.Ratings;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How ratings are split into a training part and a test part, repeatably from a seed. Each split
 * is the set of test entries of the per-user rows of {@link Ratings}; the rest is for training.
 */
public sealed interface Protocol {

    List<BitSet> testParts(Ratings ratings);

    String describe();

    long seed();

    /**
     * One split: of each user's ratings, {@code fraction} (rounded) picked at random is held out,
     * but at least one rating always stays in training.
     */
    record Holdout(double fraction, long seed) implements Protocol {

        public Holdout {
            if (!(fraction > 0 && fraction < 1)) {
                throw new IllegalArgumentException("the held-out fraction must be between 0 and 1, not " + fraction);
            }
        }

        @Override
        public List<BitSet> testParts(Ratings ratings) {
            SplittableRandom random = new SplittableRandom(seed);
            BitSet test = new BitSet(ratings.size());
            for (int u = 0; u < ratings.userCount(); u++) {
                int start = ratings.userStart(u);
                int count = ratings.userRatingCount(u);
                int held = (int) Math.min(count - 1L, Math.round(fraction * count));
                int[] order = Shuffle.range(count, random);
                for (int i = 0; i < held; i++) {
                    test.set(start + order[i]);
                }
            }
            return List.of(test);
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "hold-out of %.0f%% of each user's ratings, seed %d", fraction * 100, seed);
        }
    }

    /** {@code folds} splits: all ratings shuffled and dealt into folds; each fold is the test part once. */
    record KFold(int folds, long seed) implements Protocol {

        public KFold {
            if (folds < 2) {
                throw new IllegalArgumentException("k-fold cross-validation needs at least 2 folds, not " + folds);
            }
        }

        @Override
        public List<BitSet> testParts(Ratings ratings) {
            int[] order = Shuffle.range(ratings.size(), new SplittableRandom(seed));
            List<BitSet> parts = new ArrayList<>();
            for (int f = 0; f < folds; f++) {
                parts.add(new BitSet(ratings.size()));
            }
            for (int i = 0; i < order.length; i++) {
                parts.get(i % folds).set(order[i]);
            }
            return parts;
        }

        @Override
        public String describe() {
            return folds + "-fold cross-validation over ratings, seed " + seed;
        }
    }
}
