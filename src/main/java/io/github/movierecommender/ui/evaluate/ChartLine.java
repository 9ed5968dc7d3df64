package io.github.movierecommender.ui.evaluate;

import io.github.movierecommender.eval.EvalResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One method's line on the chart: the metric at each k. A method without k is drawn flat from
 * the smallest k evaluated to the largest, so it reads as a baseline.
 */
public record ChartLine(String method, List<Point> points) {

    public record Point(int k, double value) {
    }

    /** The lines of {@code metric}, in the order of the results; methods without the metric are left out. */
    public static List<ChartLine> of(List<EvalResult> results, Metric metric) {
        int smallestK = results.stream().filter(r -> r.k() > 0).mapToInt(EvalResult::k).min().orElse(1);
        int largestK = results.stream().filter(r -> r.k() > 0).mapToInt(EvalResult::k).max().orElse(smallestK);
        Map<String, List<Point>> lines = new LinkedHashMap<>();
        for (EvalResult result : results) {
            double value = metric.of(result);
            if (Double.isNaN(value)) {
                continue;
            }
            List<Point> points = lines.computeIfAbsent(result.method(), method -> new ArrayList<>());
            if (result.k() > 0) {
                points.add(new Point(result.k(), value));
            } else {
                points.add(new Point(smallestK, value));
                points.add(new Point(largestK, value));
            }
        }
        return lines.entrySet().stream().map(line -> new ChartLine(line.getKey(), List.copyOf(line.getValue())))
                .toList();
    }
}
