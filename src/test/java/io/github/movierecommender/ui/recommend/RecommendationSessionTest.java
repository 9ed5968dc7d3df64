package io.github.movierecommender.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.recommend.BuildMonitor;
import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.Methods;
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
    void theDefaultModesListWaitsForItsTrainingAndTheOthersDoNot() {
        RecommendationSession session = new RecommendationSession(eightUsers);

        Recommendations untrained = session.recommend(request(1, 20, 10, 0, Measure.PEARSON));

        assertThat(untrained.neighbour()).isNull();
        assertThat(untrained.popular()).isNotNull();
        assertThat(trained().recommend(request(1, 20, 10, 0, Measure.PEARSON)).neighbour().rows()).isNotEmpty();
    }

    /** A session whose default neighbour mode, knn-baseline, is trained: it trains first. */
    private static RecommendationSession trained() {
        RecommendationSession session = new RecommendationSession(eightUsers);
        session.build(Methods.named(Methods.DEFAULT_NEIGHBOUR_METHOD), BuildMonitor.NONE);
        return session;
    }

    @Test
    void aChangeOfKOnlyWorksOutAgainTheListsWhoseMethodsUseK() {
        RecommendationSession session = trained();
        Recommendations k20 = session.recommend(request(1, 20, 10, 0, Measure.PEARSON));

        Recommendations k1 = session.recommend(request(1, 1, 10, 0, Measure.PEARSON));
        Recommendations n5 = session.recommend(request(1, 1, 5, 0, Measure.PEARSON));

        assertThat(k1.popular()).as("popular does not use k").isSameAs(k20.popular());
        assertThat(k1.genre()).isSameAs(k20.genre());
        assertThat(k1.neighbours()).hasSize(1);
        assertThat(k20.neighbours()).hasSizeGreaterThan(1);
        assertThat(n5.popular()).as("n changes every list").isNotSameAs(k1.popular());
        assertThat(n5.popular().rows()).hasSize(5);
    }

    @Test
    void aChangeOfKNOrTheMinimumVotesReusesTheNeighbourScan() {
        RecommendationSession session = trained();

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
        RecommendationSession session = trained();

        Recommendations pearson = session.recommend(request(1, 20, 10, 0, Measure.PEARSON));
        Recommendations cosine = session.recommend(request(1, 20, 10, 0, Measure.COSINE));

        assertThat(session.scans()).isEqualTo(1);
        assertThat(cosine.neighbour()).isEqualTo(pearson.neighbour());
    }

    @Test
    void theReusedScanGivesTheSameListsAsAFreshOne() {
        RecommendationSession reused = trained();
        reused.recommend(request(1, 20, 10, 0, Measure.PEARSON));

        Recommendations afterChange = reused.recommend(request(1, 3, 5, 0, Measure.PEARSON));
        Recommendations fresh = trained().recommend(request(1, 3, 5, 0, Measure.PEARSON));

        assertThat(afterChange.neighbour()).isEqualTo(fresh.neighbour());
        assertThat(afterChange.neighbours()).isEqualTo(fresh.neighbours());
    }

    @Test
    void excludedMoviesLeaveEveryListAndAnUnchangedExclusionKeepsTheScan() {
        RecommendationSession session = trained();
        int first = session.recommend(request(1, 20, 10, 0, Measure.PEARSON)).neighbour().rows().get(0).movieIndex();
        ListExclusions hidden = ListExclusions.NONE.withHidden(new HiddenForTest(first));

        Recommendations without = session.recommend(excluding(request(1, 20, 10, 0, Measure.PEARSON), hidden));
        Recommendations smallerK = session.recommend(excluding(request(1, 3, 10, 0, Measure.PEARSON), hidden));

        assertThat(without.neighbour().rows()).isNotEmpty().extracting(RecommendationRow::movieIndex)
                .doesNotContain(first);
        assertThat(without.popular().rows()).extracting(RecommendationRow::movieIndex).doesNotContain(first);
        assertThat(smallerK.neighbour().rows()).extracting(RecommendationRow::movieIndex).doesNotContain(first);
        assertThat(session.scans()).as("the first request and the first one excluding").isEqualTo(2);
    }

    private record HiddenForTest(int movie) implements io.github.movierecommender.recommend.MovieFilter {
        @Override
        public boolean mayList(int movieIndex) {
            return movieIndex != movie;
        }
    }

    private static RecommendationRequest excluding(RecommendationRequest request, ListExclusions exclusions) {
        return new RecommendationRequest(request.userId(), request.k(), request.n(), request.minVotes(),
                request.measure(), request.mode(), request.ranking(), null, exclusions);
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
