package io.github.movierecommender.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.movierecommender.data.MovieLensSmall;
import io.github.movierecommender.recommend.BuildMonitor;
import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.recommend.MovieFilter;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.PopularRanking;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.ProfileRecommender;
import io.github.movierecommender.recommend.Recommendation;
import io.github.movierecommender.recommend.Recommender;
import io.github.movierecommender.recommend.Shortfall;
import io.github.movierecommender.recommend.Training;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A move of the n slider shows exactly the rows, predictions and reasons a list worked out
 * directly for that n shows, though the session only cuts the lists it keeps: checked on
 * ml-latest-small (skipped without it) for several users, modes, k, minimum votes and n, moving n
 * up and down as a slider does.
 */
class NMoveTest {

    private static final int[] MOVES = {10, 11, 12, 50, 49, 5, 33, 1, 17};

    private static LoadedDataset loaded;
    private static Training training;
    private static final Map<Method, Recommender> BUILT = new HashMap<>();

    @BeforeAll
    static void load() throws Exception {
        loaded = LoadedDataset.of(MovieLensSmall.loadOrSkip());
        training = new Training(loaded.dataset(), loaded.recommenders().stats());
    }

    @Test
    void everyListAfterAMoveOfNIsTheListWorkedOutForThatN() {
        RecommendationSession session = new RecommendationSession(loaded);
        ShownLists lists = ShownLists.ofRegistry();
        lists.trained().stream().filter(method -> !method.name().startsWith("als"))
                .forEach(method -> session.build(method, BuildMonitor.NONE));
        for (int userId : new int[] {1, 414, 53}) {
            for (NeighbourMode mode : NeighbourMode.values()) {
                for (int k : new int[] {1, 20}) {
                    for (int minVotes : new int[] {0, 150}) {
                        for (int n : MOVES) {
                            RecommendationRequest request = new RecommendationRequest(userId, k, n, minVotes,
                                    Measure.EUCLIDEAN, mode, PopularRanking.BEST_RATED);
                            assertShowsDirectLists(session.recommend(request), lists);
                        }
                    }
                }
            }
        }
    }

    /** Its k widens while a list is short of n, so its list for one n is not cut from another's. */
    @Test
    void aListWhoseMethodsListsDoNotNestIsWorkedOutForEachN() {
        ShownLists lists = new ShownLists(name -> name.equals("item-knn")
                ? Optional.of(Methods.neighbours(Measure.PEARSON)) : Methods.find(name));
        RecommendationSession session = new RecommendationSession(loaded, lists);
        boolean anyNotCut = false;
        for (int userId : new int[] {1, 53, 414}) {
            for (int k : new int[] {1, 2, 5}) {
                for (int n : MOVES) {
                    RecommendationRequest request = new RecommendationRequest(userId, k, n, 0, Measure.EUCLIDEAN,
                            NeighbourMode.TUTORIAL, PopularRanking.MOST_VOTED);
                    assertShowsDirectLists(session.recommend(request), lists);
                    RankedList direct = direct(ShownList.BECAUSE_YOU_LIKED, Methods.neighbours(Measure.PEARSON),
                            request);
                    List<RecommendationRow> longest = direct(ShownList.BECAUSE_YOU_LIKED,
                            Methods.neighbours(Measure.PEARSON), request.withN(50)).rows();
                    anyNotCut |= !direct.rows().equals(longest.subList(0, Math.min(n, longest.size())));
                }
            }
        }
        assertThat(anyNotCut).as("some list for n is not the first n of the list for 50").isTrue();
    }

    @Test
    void aListShortForTheFilterSaysSoOnlyWhenNAsksForMoreThanMatch() {
        RecommendationSession session = new RecommendationSession(loaded);
        MovieFilter fewMovies = movie -> movie % 400 == 0;
        ListExclusions chosen = ListExclusions.NONE.withChosen(fewMovies);
        int matching = session.recommend(request(414, 50, chosen)).popular().rows().size();
        assumeTrue(matching > 1 && matching < 50, "the filter leaves between 2 and 49 popular movies");

        RankedList fewer = session.recommend(request(414, matching - 1, chosen)).popular();
        RankedList more = session.recommend(request(414, matching + 1, chosen)).popular();

        assertThat(fewer.rows()).hasSize(matching - 1);
        assertThat(fewer.shortfall()).isNull();
        assertThat(more.rows()).hasSize(matching);
        assertThat(more.shortfall()).isEqualTo(new Shortfall.FewMatchFilter(matching));
    }

    private static RecommendationRequest request(int userId, int n, ListExclusions exclusions) {
        return new RecommendationRequest(userId, 20, n, 0, Measure.EUCLIDEAN, NeighbourMode.DEFAULT,
                PopularRanking.MOST_VOTED, null, exclusions);
    }

    private static void assertShowsDirectLists(Recommendations shown, ShownLists lists) {
        RecommendationRequest request = shown.request();
        for (ShownList list : lists.shown()) {
            Method method = lists.methodFor(list, request);
            if (method.name().startsWith("als")) {
                continue;
            }
            assertThat(shown.list(list.id())).as(list.id() + " for " + request)
                    .isEqualTo(direct(list, method, request));
        }
        assertThat(shown.neighbours()).as("neighbours for " + request)
                .isEqualTo(fresh(lists.methodFor(ShownList.NEIGHBOUR, request), request)
                        .neighbours(request.settings()));
    }

    /** The list as a fresh recommender works it out for the request's own n, with the predictions of its rows. */
    private static RankedList direct(ShownList list, Method method, RecommendationRequest request) {
        ProfileRecommender recommender = fresh(method, request);
        var ranked = recommender.recommend(request.settings());
        ScoreKind score = RecommendationSession.scoreKind(list, request);
        if (!method.abilities().predicts() || list.equals(ShownList.POPULAR)) {
            return MovieRows.of(ranked, loaded.recommenders().stats(), score);
        }
        List<RecommendationRow> rows = new ArrayList<>();
        boolean anyPredicted = false;
        for (Recommendation item : ranked.items()) {
            OptionalDouble predicted = recommender.predict(item.movieIndex(), request.settings());
            anyPredicted |= predicted.isPresent();
            rows.add(MovieRows.row(item, rows.size() + 1, loaded.recommenders().stats(), score, predicted));
        }
        return new RankedList(rows, ranked.shortfall(), anyPredicted);
    }

    private static ProfileRecommender fresh(Method method, RecommendationRequest request) {
        return BUILT.computeIfAbsent(method, unbuilt -> unbuilt.build(training, BuildMonitor.NONE)).forProfile(Profile.ofUser(loaded.dataset(), request.userId()).orElseThrow());
    }
}
