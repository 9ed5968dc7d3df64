package io.github.movierecommender.ui.inspector;

import io.github.movierecommender.recommend.MeasureWorking;
import io.github.movierecommender.recommend.NeighbourComparison;
import io.github.movierecommender.recommend.Weighting;
import io.github.movierecommender.recommend.WorkedPrediction;
import io.github.movierecommender.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The engine's worked numbers written out in the user's language: the terms, then the result. */
final class WorkedText {

    /** The terms, one per line, and the result that the table or the list shows. */
    record Written(String terms, String result) {
    }

    /** The most liked movies listed by name; the rest are counted and summed on one line. */
    private static final int SHOWN_TERMS = 10;

    private final Messages messages;

    WorkedText(Messages messages) {
        this.messages = messages;
    }

    Written comparison(NeighbourComparison compared) {
        int n = compared.pairs().size();
        String measure = compared.working().accept(new MeasureWorking.Visitor<>() {
            @Override
            public String euclidean(MeasureWorking.Euclidean working) {
                return messages.format("inspector.euclidean", n, working.squaredDifferences(), working.distance(),
                        compared.unweighted());
            }

            @Override
            public String meanSquared(MeasureWorking.MeanSquared working) {
                return messages.format("inspector.meanSquared", n, working.squaredDifferences(), working.distance(),
                        compared.unweighted());
            }

            @Override
            public String cosine(MeasureWorking.Cosine working) {
                return messages.format("inspector.cosine", n, working.products(), working.yourSquares(),
                        working.theirSquares(), working.cosine());
            }

            @Override
            public String pearson(MeasureWorking.Pearson working) {
                return messages.format("inspector.pearson", n, working.yourMean(), working.theirMean(),
                        working.covariance(), working.yourSpread(), working.theirSpread(), working.correlation());
            }

            @Override
            public String baselinePearson(MeasureWorking.BaselinePearson working) {
                return messages.format("inspector.baselinePearson", n, working.products(), working.yourSquares(),
                        working.theirSquares(), working.correlation());
            }
        });
        return new Written(measure + "\n" + weighting(compared),
                messages.format("inspector.result", compared.similarity(), compared.distance()));
    }

    private String weighting(NeighbourComparison compared) {
        Weighting weighting = compared.weighting();
        if (weighting instanceof Weighting.Significance significance) {
            return messages.format("inspector.weight.significance", significance.common(), significance.full(),
                    significance.value(), compared.unweighted(), compared.similarity());
        }
        if (weighting instanceof Weighting.Shrinkage shrinkage) {
            return messages.format("inspector.weight.shrinkage", shrinkage.common(), shrinkage.shrinkage(),
                    shrinkage.value(), compared.unweighted(), compared.similarity());
        }
        return messages.format("inspector.weight.none", compared.similarity());
    }

    Written prediction(WorkedPrediction worked) {
        return worked.accept(new WorkedPrediction.Visitor<>() {
            @Override
            public Written tutorialMean(WorkedPrediction.TutorialMean mean) {
                List<String> lines = new ArrayList<>();
                lines.add(messages.text("worked.nearestWhoRated"));
                mean.raters().forEach(rater -> lines.add(messages.format("worked.tutorial.rater", rater.userId(),
                        rater.distance(), rater.stars())));
                lines.add(messages.format("worked.tutorial.rule", mean.raters().size(), mean.nearest(), mean.needed()));
                lines.add(messages.format("worked.tutorial.mean", mean.raters().stream()
                        .map(rater -> messages.format("worked.star", rater.stars()))
                        .collect(Collectors.joining(" + ")), mean.raters().size(), mean.mean()));
                return new Written(String.join("\n", lines), messages.format("worked.result.score", mean.mean()));
            }

            @Override
            public Written meanCentred(WorkedPrediction.MeanCentred centred) {
                List<String> lines = new ArrayList<>();
                lines.add(messages.text("worked.nearestWhoRated"));
                centred.raters().forEach(rater -> lines.add(messages.format("worked.meanCentred.rater",
                        rater.userId(), rater.similarity(), rater.stars(), rater.theirMean())));
                lines.add(messages.format("worked.meanCentred.prediction", centred.yourMean(), centred.weightedSum(),
                        centred.similaritySum(), centred.shrinkage(), centred.prediction()));
                return new Written(String.join("\n", lines),
                        messages.format("worked.result.score", centred.prediction()));
            }

            @Override
            public Written baselineDeviations(WorkedPrediction.BaselineDeviations deviations) {
                List<String> lines = new ArrayList<>();
                lines.add(messages.format("worked.baseline.base", deviations.mean(), deviations.userBias(),
                        deviations.movieBias(), deviations.baseline()));
                lines.add(messages.format("worked.baseline.heading", deviations.raters().size()));
                deviations.raters().forEach(rater -> lines.add(messages.format("worked.baseline.rater",
                        rater.userId(), rater.similarity(), rater.stars(), rater.baseline(), rater.deviation())));
                if (deviations.raters().isEmpty()) {
                    lines.add(messages.text("worked.baseline.none"));
                } else {
                    double shift = deviations.weightedSum() / (deviations.similaritySum() + deviations.prior());
                    lines.add(messages.format("worked.baseline.shift", deviations.weightedSum(),
                            deviations.similaritySum(), deviations.prior(), shift));
                    lines.add(messages.format("worked.baseline.prediction", deviations.baseline(), shift,
                            deviations.prediction()));
                    lines.add(messages.format("worked.baseline.score", deviations.raters().size(),
                            deviations.listScore()));
                }
                return new Written(String.join("\n", lines), messages.format("worked.result.both",
                        deviations.listScore(), deviations.prediction()));
            }

            @Override
            public Written itemBased(WorkedPrediction.ItemBased item) {
                List<String> lines = new ArrayList<>();
                lines.add(messages.text("worked.item.likedHeading"));
                List<WorkedPrediction.LikedMovie> strongest = item.liked().stream()
                        .sorted(Comparator.comparingDouble(WorkedPrediction.LikedMovie::similarity).reversed()).toList();
                strongest.stream().limit(SHOWN_TERMS).forEach(liked -> lines.add(messages.format("worked.item.liked",
                        liked.title(), liked.yourStars(), liked.similarity())));
                if (strongest.size() > SHOWN_TERMS) {
                    lines.add(messages.format("worked.item.more", strongest.size() - SHOWN_TERMS,
                            strongest.stream().skip(SHOWN_TERMS).mapToDouble(WorkedPrediction.LikedMovie::similarity)
                                    .sum()));
                }
                lines.add(messages.format("worked.item.score", item.liked().size(), item.score()));
                if (item.prediction().isEmpty()) {
                    lines.add(messages.text("worked.item.noPrediction"));
                    return new Written(String.join("\n", lines), messages.format("worked.result.score", item.score()));
                }
                lines.add(messages.format("worked.item.base", item.mean(), item.userBias(), item.movieBias(),
                        item.baseline()));
                lines.add(messages.text("worked.item.ratedHeading"));
                item.rated().forEach(rated -> lines.add(messages.format("worked.item.rated", rated.title(),
                        rated.similarity(), rated.yourStars(), rated.deviation())));
                lines.add(messages.format("worked.item.prediction", item.baseline(), item.weightedSum(),
                        item.similaritySum(), item.prediction().getAsDouble()));
                return new Written(String.join("\n", lines), messages.format("worked.result.both", item.score(),
                        item.prediction().getAsDouble()));
            }
        });
    }
}
