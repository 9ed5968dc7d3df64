package io.github.movierecommender.ui.compare;

import io.github.movierecommender.ui.recommend.RankedList;
import io.github.movierecommender.ui.recommend.RecommendationRow;
import io.github.movierecommender.ui.recommend.ShownList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lists of one request side by side, in tab order, with how many of them hold each movie.
 * A list whose method is still training is not among them.
 */
public record SideBySide(List<Column> columns, Map<Integer, Integer> holding) {

    /** One list: which it is, the name of the method making it, and its rows. */
    public record Column(ShownList list, String method, RankedList rows) {
    }

    public SideBySide {
        columns = List.copyOf(columns);
        holding = Map.copyOf(holding);
    }

    public static SideBySide of(List<Column> columns) {
        Map<Integer, Integer> holding = new HashMap<>();
        for (Column column : columns) {
            for (RecommendationRow row : column.rows().rows()) {
                holding.merge(row.movieIndex(), 1, Integer::sum);
            }
        }
        return new SideBySide(columns, holding);
    }

    /** How many of the lists hold the movie. */
    public int listsHolding(int movieIndex) {
        return holding.getOrDefault(movieIndex, 0);
    }
}
