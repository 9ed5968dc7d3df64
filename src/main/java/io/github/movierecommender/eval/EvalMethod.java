package io.github.movierecommender.eval;

import io.github.movierecommender.recommend.Measure;
import java.util.Locale;

/**
 * A method under evaluation. {@code measure} matters only for {@link Kind#KNN}; the tutorial uses
 * Euclidean distance and {@link Kind#KNN_BASIC} (Surprise's KNNBasic) MSD, as they define.
 */
public record EvalMethod(Kind kind, Measure measure) {

    public enum Kind {
        /** The most-voted movies; predicts a movie's mean rating in training. */
        POPULAR,
        /** Genre-matched; ranks only. */
        GENRE,
        /** The classic tutorial; predicts the mean of the k nearest neighbours' ratings of the movie. */
        KNN_TUTORIAL,
        /** The app's default neighbour mode; predicts the user's mean plus the neighbours' weighted deviations. */
        KNN,
        /** Surprise's KNNBasic with MSD, min_k 1; predicts only (the comparison with Surprise's table). */
        KNN_BASIC,
        /** Item-based neighbours: lists by co-rating similarity, predictions from similar rated movies. */
        ITEM_KNN,
        /** Implicit-feedback ALS, tuned on an inner split of the training part; ranks only. */
        ALS
    }

    public EvalMethod {
        measure = switch (kind) {
            case KNN_TUTORIAL -> Measure.EUCLIDEAN;
            case KNN_BASIC -> Measure.MSD;
            case KNN -> measure;
            case POPULAR, GENRE, ITEM_KNN, ALS -> null;
        };
        if (kind == Kind.KNN && measure == null) {
            throw new IllegalArgumentException("the neighbour method needs a measure");
        }
    }

    public static EvalMethod of(Kind kind) {
        return new EvalMethod(kind, Measure.PEARSON);
    }

    /**
     * Reads {@code popular}, {@code genre}, {@code knn-tutorial}, {@code knn-basic}, {@code knn}
     * (with {@code defaultMeasure}), {@code knn-MEASURE} such as {@code knn-cosine}, {@code item-knn} or
     * {@code als}.
     */
    public static EvalMethod parse(String name, Measure defaultMeasure) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        switch (key) {
            case "popular":
                return of(Kind.POPULAR);
            case "genre":
                return of(Kind.GENRE);
            case "knn-tutorial":
                return of(Kind.KNN_TUTORIAL);
            case "knn-basic":
                return of(Kind.KNN_BASIC);
            case "item-knn":
                return of(Kind.ITEM_KNN);
            case "als":
                return of(Kind.ALS);
            case "knn":
                return new EvalMethod(Kind.KNN, defaultMeasure);
            default:
                for (Measure measure : Measure.values()) {
                    if (key.equals("knn-" + measure.name().toLowerCase(Locale.ROOT))) {
                        return new EvalMethod(Kind.KNN, measure);
                    }
                }
                throw new IllegalArgumentException("unknown method '" + name + "': use popular, genre, knn-tutorial, "
                        + "knn, knn-euclidean, knn-msd, knn-cosine, knn-pearson, knn-basic, item-knn or als");
        }
    }

    /** The name {@link #parse} reads back; the default neighbour mode names its measure. */
    public String label() {
        return switch (kind) {
            case POPULAR -> "popular";
            case GENRE -> "genre";
            case KNN_TUTORIAL -> "knn-tutorial";
            case KNN_BASIC -> "knn-basic";
            case KNN -> "knn-" + measure.name().toLowerCase(Locale.ROOT);
            case ITEM_KNN -> "item-knn";
            case ALS -> "als";
        };
    }

    /** Whether results vary with the neighbourhood size k. */
    public boolean usesK() {
        return kind == Kind.KNN_TUTORIAL || kind == Kind.KNN || kind == Kind.KNN_BASIC;
    }

    public boolean predictsRatings() {
        return kind != Kind.GENRE && kind != Kind.ALS;
    }

    public boolean ranks() {
        return kind != Kind.KNN_BASIC;
    }

    /** What the method predicts when it cannot, or empty text when it never falls back. */
    public String fallback() {
        return switch (kind) {
            case POPULAR, KNN_BASIC -> "global mean";
            case KNN_TUTORIAL, KNN -> "user's mean";
            case ITEM_KNN -> "baseline";
            case GENRE, ALS -> "";
        };
    }
}
