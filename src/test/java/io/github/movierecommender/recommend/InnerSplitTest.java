package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InnerSplitTest {

    @TempDir
    Path folder;

    /** User 1 has 20 ratings, user 2 four, user 3 ten; 4-star ratings are relevant, 3-star ones not. */
    private Ratings ratings() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int movie = 1; movie <= 20; movie++) {
            lines.append("1,").append(movie).append(movie % 2 == 0 ? ",4\n" : ",3\n");
        }
        for (int movie = 1; movie <= 4; movie++) {
            lines.append("2,").append(movie).append(",5\n");
        }
        for (int movie = 11; movie <= 20; movie++) {
            lines.append("3,").append(movie).append(",4.5\n");
        }
        Dataset dataset = TasteWorld.load(folder, lines.toString());
        return dataset.ratings();
    }

    @Test
    void holdsOutTheShareOfEachUserWithEnoughRatingsTheSameWayForTheSameSeed() throws Exception {
        Ratings ratings = ratings();

        InnerSplit split = InnerSplit.perUser(ratings, 0.2, 5);
        InnerSplit again = InnerSplit.perUser(ratings, 0.2, 5);

        Ratings kept = split.fit();
        assertEquals(16, kept.userRatingCount(0));
        assertEquals(4, kept.userRatingCount(1), "fewer than 5 ratings: all kept");
        assertEquals(8, kept.userRatingCount(2));
        for (int u = 0; u < 3; u++) {
            for (int i = kept.userStart(u); i < kept.userEnd(u); i++) {
                assertEquals(again.fit().userMovieAt(i), kept.userMovieAt(i));
            }
        }
    }

    /** A list of every held-out relevant movie on top scores 1; a list of kept movies 0. */
    @Test
    void scoresListsByNdcgOfTheHeldOutRelevantMovies() throws Exception {
        Ratings ratings = ratings();
        InnerSplit split = InnerSplit.perUser(ratings, 0.2, 5);
        Ratings kept = split.fit();

        int[] scored = split.sampleUsersWithRelevant(100, 5);
        double perfect = split.ndcg((u, n) -> heldOutRelevant(ratings, kept, u), 10, scored);
        double useless = split.ndcg((u, n) -> new int[] {kept.userMovieAt(kept.userStart(u))}, 10, scored);

        assertThat(scored.length).isBetween(1, 2);
        assertEquals(1, perfect, 1e-12);
        assertEquals(0, useless, 1e-12);
    }

    @Test
    void scoresAtMostTheGivenNumberOfUsers() throws Exception {
        InnerSplit split = InnerSplit.perUser(ratings(), 0.5, 5);

        assertEquals(1, split.sampleUsersWithRelevant(1, 5).length);
    }

    private static int[] heldOutRelevant(Ratings all, Ratings kept, int u) {
        return java.util.stream.IntStream.range(all.userStart(u), all.userEnd(u))
                .filter(i -> all.userHalfStarsAt(i) >= 8)
                .map(all::userMovieAt)
                .filter(m -> kept.halfStars(u, m) == 0)
                .toArray();
    }
}
