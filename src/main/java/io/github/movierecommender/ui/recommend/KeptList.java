package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.MovieStats;
import io.github.movierecommender.recommend.Neighbour;
import io.github.movierecommender.recommend.ProfileRecommender;
import io.github.movierecommender.recommend.Recommendation;
import io.github.movierecommender.recommend.RecommendationList;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.IntFunction;

/**
 * One list as {@code by} worked it out for {@code request}, with the neighbours it came from,
 * kept so that a move of n only cuts it. Its rows are made as n first reaches them, so that a
 * rating is predicted only for a row shown; the same n gives the same cut, so that a list a move
 * leaves as it was stays the same. Used on the lists' thread only.
 */
final class KeptList {

    private final RecommendationRequest request;
    private final ProfileRecommender by;
    private final RecommendationList list;
    private final List<Neighbour> neighbours;
    private final MovieStats stats;
    private final ScoreKind scoreKind;
    private final IntFunction<OptionalDouble> predicted;
    private final List<RecommendationRow> rows = new ArrayList<>();
    private int cutAt;
    private RankedList cut;

    /** {@code predicted} gives a row's predicted rating, empty where the list shows none. */
    KeptList(RecommendationRequest request, ProfileRecommender by, RecommendationList list, List<Neighbour> neighbours,
             MovieStats stats, ScoreKind scoreKind, IntFunction<OptionalDouble> predicted) {
        this.request = request;
        this.by = by;
        this.list = list;
        this.neighbours = List.copyOf(neighbours);
        this.stats = stats;
        this.scoreKind = scoreKind;
        this.predicted = predicted;
    }

    boolean serves(RecommendationRequest key, ProfileRecommender recommender) {
        return by == recommender && request.equals(key);
    }

    /**
     * The list for {@code n}, no more than the n it was worked out for: its first n rows, or all
     * of them, short for the same reason, when it holds fewer.
     */
    RankedList first(int n) {
        if (cut == null || cutAt != n) {
            RecommendationList firstN = list.first(n);
            List<Recommendation> items = firstN.items();
            while (rows.size() < items.size()) {
                Recommendation item = items.get(rows.size());
                rows.add(MovieRows.row(item, rows.size() + 1, stats, scoreKind, predicted.apply(item.movieIndex())));
            }
            List<RecommendationRow> first = rows.subList(0, items.size());
            cut = new RankedList(first, firstN.shortfall(),
                    first.stream().anyMatch(row -> row.predicted().isPresent()));
            cutAt = n;
        }
        return cut;
    }

    List<Neighbour> neighbours() {
        return neighbours;
    }
}
