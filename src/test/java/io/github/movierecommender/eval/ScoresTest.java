package io.github.movierecommender.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScoresTest {

    private static final double EPSILON = 1e-12;

    @Test
    void rmseAndMaeAverageOverPredictionsAndFallbacksAreCounted() {
        Scores scores = new Scores();

        scores.addPrediction(3.0, 5.0, false);
        scores.addPrediction(2.0, 1.0, true);
        scores.addPrediction(4.5, 4.5, false);

        assertEquals(Math.sqrt((4 + 1 + 0) / 3.0), scores.rmse(), EPSILON);
        assertEquals((2 + 1 + 0) / 3.0, scores.mae(), EPSILON);
        assertEquals(3, scores.predictions());
        assertEquals(1, scores.fallbacks());
    }

    /**
     * Four users with held-out ratings: A (2 relevant) gets movies 1, 2, 3 with a hit at rank 2;
     * B (1 relevant) gets 3, 4 without a hit; C (no relevant) gets 5; D (1 relevant) gets nothing.
     */
    private static Scores fourUsers() {
        Scores scores = new Scores();
        for (int user = 0; user < 4; user++) {
            scores.addUser();
        }
        scores.addList(new int[] {1, 2, 3}, new boolean[] {false, true, false}, 2, 3);
        scores.addList(new int[] {3, 4}, new boolean[] {false, false}, 1, 3);
        scores.addList(new int[] {5}, new boolean[] {false}, 0, 3);
        scores.addList(new int[] {}, new boolean[] {}, 1, 3);
        return scores;
    }

    @Test
    void topNMetricsAverageOverUsersWithARelevantHeldOutRating() {
        Scores scores = fourUsers();

        double ndcgA = (1 / (Math.log(3) / Math.log(2))) / (1 + 1 / (Math.log(3) / Math.log(2)));
        assertEquals((1 / 3.0 + 0 + 0) / 3, scores.precision(), EPSILON);
        assertEquals((1 / 2.0 + 0 + 0) / 3, scores.recall(), EPSILON);
        assertEquals(ndcgA / 3, scores.ndcg(), EPSILON);
        assertEquals(1 / 3.0, scores.hitRate(), EPSILON);
    }

    @Test
    void listsAndCoverageCountEveryUserAndEveryDistinctMovie() {
        Scores scores = fourUsers();

        assertEquals(4, scores.users());
        assertEquals(3 / 4.0, scores.usersWithList(), EPSILON);
        assertEquals(5 / 20.0, scores.coverage(20), EPSILON);
    }

    @Test
    void blocksAddUpToTheSameScoresAsOneRun() {
        Scores first = new Scores();
        first.addUser();
        first.addPrediction(3.0, 5.0, false);
        first.addList(new int[] {1, 2}, new boolean[] {true, false}, 1, 2);
        Scores second = new Scores();
        second.addUser();
        second.addPrediction(2.0, 1.0, true);
        second.addList(new int[] {2, 7}, new boolean[] {false, false}, 2, 2);

        Scores total = new Scores();
        total.add(first);
        total.add(second);

        assertEquals(Math.sqrt(5 / 2.0), total.rmse(), EPSILON);
        assertEquals(1.5, total.mae(), EPSILON);
        assertEquals(2, total.predictions());
        assertEquals(1, total.fallbacks());
        assertEquals(2, total.users());
        assertEquals(1.0, total.usersWithList(), EPSILON);
        assertEquals((1 / 2.0 + 0) / 2, total.precision(), EPSILON);
        assertEquals((1.0 + 0) / 2, total.recall(), EPSILON);
        assertEquals(0.5, total.hitRate(), EPSILON);
        assertEquals(3 / 4.0, total.coverage(4), EPSILON);
    }
}
