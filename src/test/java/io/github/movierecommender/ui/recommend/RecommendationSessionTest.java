package io.github.movierecommender.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.PopularRanking;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecommendationSessionTest {

    private static LoadedDataset eightUsers;

    @BeforeAll
    static void load() throws Exception {
        eightUsers = EightUsers.load();
    }

    @Test
    void aChangeOfKNOrTheMinimumVotesReusesTheNeighbourScan() {
        RecommendationSession session = new RecommendationSession(eightUsers);

        session.recommend(request(1, 20, 10, 50, Measure.PEARSON));
        session.recommend(request(1, 3, 10, 50, Measure.PEARSON));
        session.recommend(request(1, 3, 5, 0, Measure.PEARSON));

        assertThat(session.scans()).isEqualTo(1);
    }

    /** The measure is the tutorial's: the default mode, knn-baseline, has a similarity of its own. */
    @Test
    void aChangeOfUserOrOfTheTutorialsMeasureScansAgain() {
        RecommendationSession session = new RecommendationSession(eightUsers);

        session.recommend(tutorial(1, Measure.EUCLIDEAN));
        session.recommend(tutorial(1, Measure.COSINE));
        session.recommend(tutorial(2, Measure.COSINE));

        assertThat(session.scans()).isEqualTo(3);
    }

    @Test
    void theDefaultModeIgnoresTheMeasure() {
        RecommendationSession session = new RecommendationSession(eightUsers);

        Recommendations pearson = session.recommend(request(1, 20, 10, 0, Measure.PEARSON));
        Recommendations cosine = session.recommend(request(1, 20, 10, 0, Measure.COSINE));

        assertThat(session.scans()).isEqualTo(1);
        assertThat(cosine.neighbour()).isEqualTo(pearson.neighbour());
    }

    @Test
    void theReusedScanGivesTheSameListsAsAFreshOne() {
        RecommendationSession reused = new RecommendationSession(eightUsers);
        reused.recommend(request(1, 20, 10, 0, Measure.PEARSON));

        Recommendations afterChange = reused.recommend(request(1, 3, 5, 0, Measure.PEARSON));
        Recommendations fresh = new RecommendationSession(eightUsers).recommend(request(1, 3, 5, 0, Measure.PEARSON));

        assertThat(afterChange.neighbour()).isEqualTo(fresh.neighbour());
        assertThat(afterChange.neighbours()).isEqualTo(fresh.neighbours());
    }

    @Test
    void listsTheUsersOwnRatingsWithTitlesGenresAndDates() {
        RecommendationSession session = new RecommendationSession(eightUsers);

        assertThat(session.ratingsOf(1)).hasSize(6).first().satisfies(rated -> {
            assertThat(rated.title()).isEqualTo("The Lighthouse Keeper's Daughter");
            assertThat(rated.year()).isEqualTo(1998);
            assertThat(rated.genres()).isEqualTo("Drama, Romance");
            assertThat(rated.rating()).isEqualTo(5.0);
            assertThat(rated.date()).hasToString("2020-09-16");
        });
    }

    private static RecommendationRequest tutorial(int user, Measure measure) {
        return new RecommendationRequest(user, 20, 10, 0, measure, NeighbourMode.TUTORIAL, PopularRanking.MOST_VOTED);
    }

    private static RecommendationRequest request(int user, int k, int n, int minVotes, Measure measure) {
        return new RecommendationRequest(user, k, n, minVotes, measure, NeighbourMode.DEFAULT,
                PopularRanking.MOST_VOTED);
    }
}
