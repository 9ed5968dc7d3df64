package io.github.movierecommender.recommend;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How a method's number for one movie of its list was worked out, term by term, with the same
 * arithmetic as the list: the result equals the list's score or predicted rating. A renderer is a
 * {@link Visitor}, so a new kind cannot be left unwritten.
 */
public sealed interface WorkedPrediction {

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R tutorialMean(TutorialMean worked);

        R meanCentred(MeanCentred worked);

        R baselineDeviations(BaselineDeviations worked);

        R itemBased(ItemBased worked);
    }

    /** A neighbour who rated the movie: similarity and distance to the profile, and their rating in stars. */
    record Rater(int userId, double similarity, double distance, double stars) {
    }

    /** A neighbour who rated the movie and their own mean rating, around which their rating is centred. */
    record CentredRater(int userId, double similarity, double stars, double theirMean) {

        public double deviation() {
            return stars - theirMean;
        }
    }

    /** A similar user who rated the movie, and how far their rating lies from their baseline for it. */
    record DeviationRater(int userId, double similarity, double stars, double deviation) {

        /** Their baseline b_vi for the movie. */
        public double baseline() {
            return stars - deviation;
        }
    }

    /** A movie the profile rated that is like the suggested one, with the likeness and the profile's rating. */
    record LikedMovie(int movieIndex, String title, double yourStars, double similarity) {
    }

    /** A movie the profile rated, its likeness to the suggested one and the rating's deviation from the baseline. */
    record RatedNeighbour(int movieIndex, String title, double similarity, double yourStars, double deviation) {
    }

    /**
     * The tutorial's rule: of the {@code nearest} neighbours (k, or fewer when there are fewer
     * candidates), the {@code raters} who rated it must be at least k/2 (not rounded); the score is
     * the plain {@code mean} of their ratings.
     */
    record TutorialMean(List<Rater> raters, int nearest, int k, double mean) implements WorkedPrediction {
        public TutorialMean {
            raters = List.copyOf(raters);
        }

        /** k/2, the raters needed. */
        public double needed() {
            return k / 2.0;
        }

        public boolean meetsRule() {
            return 2 * raters.size() >= k;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.tutorialMean(this);
        }
    }

    /**
     * The mean-centred prediction: your mean + Σ sim · (r − their mean) / (Σ |sim| + shrinkage),
     * kept within 0.5 to 5 stars.
     */
    record MeanCentred(double yourMean, List<CentredRater> raters, double weightedSum, double similaritySum,
                       double shrinkage, double prediction) implements WorkedPrediction {
        public MeanCentred {
            raters = List.copyOf(raters);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.meanCentred(this);
        }
    }

    /**
     * The baseline μ + b_u + b_i plus the similar raters' weighted deviations Σ sim · d / (Σ sim +
     * prior), kept within 0.5 to 5 stars; {@code listScore} is the list's Σ sim · stars over the same
     * raters.
     */
    record BaselineDeviations(double mean, double userBias, double movieBias, List<DeviationRater> raters,
                              double weightedSum, double similaritySum, double prior, double prediction,
                              double listScore) implements WorkedPrediction {
        public BaselineDeviations {
            raters = List.copyOf(raters);
        }

        public double baseline() {
            return mean + userBias + movieBias;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.baselineDeviations(this);
        }
    }

    /**
     * Item-based: the list's {@code score} is the sum of the likeness of the {@code liked} movies
     * (those rated at or above your mean) to it; the prediction is the baseline μ + b_u + b_i plus
     * the weighted deviations of your ratings of the most alike movies you rated, empty when you
     * rated none of them.
     */
    record ItemBased(List<LikedMovie> liked, double score, double mean, double userBias, double movieBias,
                     List<RatedNeighbour> rated, double weightedSum, double similaritySum, OptionalDouble prediction)
            implements WorkedPrediction {
        public ItemBased {
            liked = List.copyOf(liked);
            rated = List.copyOf(rated);
        }

        public double baseline() {
            return mean + userBias + movieBias;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.itemBased(this);
        }
    }
}
