package io.github.movierecommender.ui.i18n;

import io.github.movierecommender.recommend.Explanation;
import io.github.movierecommender.recommend.Shortfall;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * The engine's explanations and shortfall reasons in the app's language, from the bundle's
 * {@code reason.*} keys; ratings are written with the language's decimal mark, rounded half up as
 * the command line rounds them.
 */
public final class ReasonText implements Explanation.Visitor<String>, Shortfall.Visitor<String> {

    private final Messages messages;
    private final GenreNames genreNames;

    public ReasonText(Messages messages) {
        this.messages = messages;
        this.genreNames = new GenreNames(messages);
    }

    public String of(Explanation explanation) {
        return explanation.accept(this);
    }

    /** The reason, or empty text when there is none. */
    public String of(Shortfall shortfall) {
        return shortfall == null ? "" : shortfall.accept(this);
    }

    private String stars(double value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : decimals == 1 ? "0.0" : "0.00",
                DecimalFormatSymbols.getInstance(messages.locale()));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    @Override
    public String popularity(Explanation.Popularity popularity) {
        return messages.format("reason.popularity", popularity.votes(), stars(popularity.mean(), 1));
    }

    @Override
    public String dampedPopularity(Explanation.DampedPopularity popularity) {
        return messages.format("reason.dampedPopularity", popularity.votes(), stars(popularity.mean(), 1),
                stars(popularity.dampedMean(), 2), popularity.addedVotes());
    }

    @Override
    public String genreMatch(Explanation.GenreMatch match) {
        return messages.format("reason.genreMatch", genreNames.list(match.genres()), stars(match.mean(), 1), match.votes());
    }

    @Override
    public String sharedGenres(Explanation.SharedGenres shared) {
        return messages.format("reason.sharedGenres", shared.title(), genreNames.list(shared.genres()));
    }

    @Override
    public String tutorialSupport(Explanation.TutorialSupport support) {
        return messages.format("reason.tutorialSupport", support.raters(), support.k(), stars(support.mean(), 1));
    }

    @Override
    public String neighbourSupport(Explanation.NeighbourSupport support) {
        return messages.format("reason.neighbourSupport", support.raters(), support.k(), stars(support.mean(), 1),
                stars(support.predicted(), 1));
    }

    @Override
    public String unknownGenre(Shortfall.UnknownGenre shortfall) {
        return messages.format("reason.unknownGenre", genreNames.of(shortfall.genre()));
    }

    @Override
    public String fewUnrated(Shortfall.FewUnrated shortfall) {
        String key = "reason.fewUnrated" + (shortfall.genre() == null ? "" : ".inGenre")
                + (shortfall.minVotes() > 1 ? ".withVotes" : "");
        return messages.format(key, shortfall.eligible(),
                shortfall.genre() == null ? null : genreNames.of(shortfall.genre()), shortfall.minVotes());
    }

    @Override
    public String noRatingsForTaste(Shortfall.NoRatingsForTaste shortfall) {
        return messages.text("reason.noRatingsForTaste");
    }

    @Override
    public String fewTasteMatches(Shortfall.FewTasteMatches shortfall) {
        return messages.format("reason.fewTasteMatches", shortfall.eligible(), shortfall.minVotes());
    }

    @Override
    public String noGenresToCompare(Shortfall.NoGenresToCompare shortfall) {
        return messages.format("reason.noGenresToCompare", shortfall.title());
    }

    @Override
    public String fewAlike(Shortfall.FewAlike shortfall) {
        return messages.format("reason.fewAlike", shortfall.found(), shortfall.minVotes(), shortfall.title());
    }

    @Override
    public String noRatingsForNeighbours(Shortfall.NoRatingsForNeighbours shortfall) {
        return messages.text("reason.noRatingsForNeighbours");
    }

    @Override
    public String tooFewRatingsInCommon(Shortfall.TooFewRatingsInCommon shortfall) {
        return messages.format("reason.tooFewRatingsInCommon", shortfall.need() - shortfall.have(), shortfall.need());
    }

    @Override
    public String noUserInCommon(Shortfall.NoUserInCommon shortfall) {
        return messages.format("reason.noUserInCommon", shortfall.minCommon());
    }

    @Override
    public String fewRatedByNeighbours(Shortfall.FewRatedByNeighbours shortfall) {
        String movies = messages.format(shortfall.tutorial() ? "reason.fewRatedByNeighbours.tutorial"
                : "reason.fewRatedByNeighbours.minSupport", shortfall.found(), shortfall.raters(), shortfall.nearest());
        return shortfall.fewCandidates()
                ? messages.format("reason.fewCandidates", shortfall.candidates(), shortfall.minCommon(), movies)
                : movies;
    }

    @Override
    public String predictsOnly(Shortfall.PredictsOnly shortfall) {
        return messages.format("reason.predictsOnly", shortfall.method());
    }

    private String percent(double share) {
        return stars(100 * share, 0);
    }

    @Override
    public String baselineEstimate(Explanation.BaselineEstimate estimate) {
        String user = messages.format(estimate.userOffset() >= 0 ? "reason.baseline.userAbove" : "reason.baseline.userBelow",
                stars(estimate.mean(), 2), stars(Math.abs(estimate.userOffset()), 2));
        if (!estimate.movieRated()) {
            return messages.format("reason.baseline.movieUnrated", user);
        }
        return messages.format(estimate.movieOffset() >= 0 ? "reason.baseline.movieAbove" : "reason.baseline.movieBelow",
                user, stars(Math.abs(estimate.movieOffset()), 2));
    }

    @Override
    public String baselineDeviation(Explanation.BaselineDeviation deviation) {
        return messages.format(deviation.shift() >= 0 ? "reason.baselineDeviation.above" : "reason.baselineDeviation.below",
                deviation.raters(), stars(Math.abs(deviation.shift()), 2));
    }

    @Override
    public String similarRaters(Explanation.SimilarRaters raters) {
        return messages.format("reason.similarRaters", raters.raters(), stars(raters.mean(), 1),
                stars(raters.predicted(), 1));
    }

    @Override
    public String likedAlike(Explanation.LikedAlike liked) {
        return messages.format("reason.likedAlike", String.join(messages.text("reason.and"), liked.titles()));
    }

    @Override
    public String coRated(Explanation.CoRated coRated) {
        return messages.format("reason.coRated", coRated.title(), coRated.votes());
    }

    @Override
    public String alsoLiked(Explanation.AlsoLiked liked) {
        return messages.format("reason.alsoLiked", liked.likedBoth(), liked.fans(), liked.title());
    }

    @Override
    public String factorPull(Explanation.FactorPull pull) {
        return pull.titles().isEmpty() ? messages.format("reason.factorPull.pattern", pull.votes())
                : messages.format("reason.factorPull", String.join(messages.text("reason.and"), pull.titles()),
                        pull.votes());
    }

    @Override
    public String blended(Explanation.Blended blend) {
        return messages.format("reason.blended", percent(blend.neighbourShare()), of(blend.neighbours()),
                percent(1 - blend.neighbourShare()), of(blend.factors()));
    }

    @Override
    public String fewRatedBySimilar(Shortfall.FewRatedBySimilar shortfall) {
        return messages.format("reason.fewRatedBySimilar", shortfall.found());
    }

    @Override
    public String fewRatedLeft(Shortfall.FewRatedLeft shortfall) {
        return messages.format("reason.fewRatedLeft", shortfall.found());
    }

    @Override
    public String noLikedMovies(Shortfall.NoLikedMovies shortfall) {
        return messages.text("reason.noLikedMovies");
    }

    @Override
    public String fewCoRated(Shortfall.FewCoRated shortfall) {
        return messages.format("reason.fewCoRated", shortfall.found());
    }

    @Override
    public String noRatingsForFactors(Shortfall.NoRatingsForFactors shortfall) {
        return messages.text("reason.noRatingsForFactors");
    }

    @Override
    public String noRatersOf(Shortfall.NoRatersOf shortfall) {
        return messages.format("reason.noRatersOf", shortfall.title());
    }

    @Override
    public String fewSharingRaters(Shortfall.FewSharingRaters shortfall) {
        return messages.format("reason.fewSharingRaters", shortfall.found(), shortfall.title());
    }

    @Override
    public String fewMatchFilter(Shortfall.FewMatchFilter shortfall) {
        return messages.format("reason.fewMatchFilter", shortfall.found());
    }
}
