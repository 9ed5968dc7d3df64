package io.github.movierecommender.recommend;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The registry: every method the app, the command line and the evaluation know, in the order they
 * are listed. To add a method, write its {@link Method} and add one line to {@link #ALL}.
 */
public final class Methods {

    /** What {@code evaluate --method} runs when given {@value}. */
    public static final String EVERY_METHOD = "all";
    /**
     * Read by {@link #parse} as the default neighbour mode: {@value #DEFAULT_NEIGHBOUR_METHOD}, or
     * {@code knn-MEASURE} when a measure is chosen.
     */
    public static final String DEFAULT_NEIGHBOURS = "knn";
    /**
     * The default neighbour mode: per-movie neighbourhoods on baseline deviations. On ml-latest-small
     * (5-fold, seed 42) its RMSE is 0.849–0.851 and its nDCG@10 0.19–0.22 at k 10 to 80, against
     * 0.88–0.91 and 0.14–0.17 for the mean-centred {@code knn-pearson} and 0.159 for popular.
     */
    public static final String DEFAULT_NEIGHBOUR_METHOD = "knn-baseline";

    private static final List<Method> ALL = List.of(
            new PopularMethod(),
            new GenreMethod(),
            NeighbourMethod.tutorial(),
            NeighbourMethod.withMeasure(Measure.PEARSON),
            NeighbourMethod.withMeasure(Measure.COSINE),
            NeighbourMethod.withMeasure(Measure.MSD),
            NeighbourMethod.withMeasure(Measure.EUCLIDEAN),
            new KnnBasicMethod(),
            new BaselineMethod(),
            new KnnBaselineMethod(),
            new MatrixFactorisationMethod(),
            new BlendMethod(),
            new ItemKnnMethod(),
            ImplicitAlsMethod.spread(),
            ImplicitAlsMethod.plain());

    private Methods() {
    }

    public static List<Method> all() {
        return ALL;
    }

    public static Optional<Method> find(String name) {
        return ALL.stream().filter(method -> method.name().equals(name)).findFirst();
    }

    /** The method of this name; throws when there is none. */
    public static Method named(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown method '" + name + "'"));
    }

    /** The mean-centred neighbours with {@code measure}: {@code knn-MEASURE}. */
    public static Method neighbours(Measure measure) {
        return named(DEFAULT_NEIGHBOURS + "-" + measure.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The default neighbour mode: {@value #DEFAULT_NEIGHBOUR_METHOD}, or the mean-centred neighbours
     * with {@code measure} when one is chosen (null for none).
     */
    public static Method defaultNeighbours(Measure measure) {
        return measure == null ? named(DEFAULT_NEIGHBOUR_METHOD) : neighbours(measure);
    }

    /** The neighbour method of a mode: the tutorial, or the default mode ({@link #defaultNeighbours}). */
    public static Method neighbours(NeighbourMode mode, Measure measure) {
        return mode == NeighbourMode.TUTORIAL ? named("knn-tutorial") : defaultNeighbours(measure);
    }

    /**
     * Reads a registered name, ignoring case and spaces, or {@code knn} as the default mode
     * ({@link #defaultNeighbours} of {@code knnMeasure}, which may be null); the message of the
     * exception names every method.
     */
    public static Method parse(String name, Measure knnMeasure) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (key.equals(DEFAULT_NEIGHBOURS)) {
            return defaultNeighbours(knnMeasure);
        }
        return find(key).orElseThrow(() -> new IllegalArgumentException("unknown method '" + name + "': use "
                + names() + " or " + DEFAULT_NEIGHBOURS + " (the default neighbour mode)"));
    }

    /** Every registered name, comma-separated. */
    public static String names() {
        return ALL.stream().map(Method::name).collect(Collectors.joining(", "));
    }
}
