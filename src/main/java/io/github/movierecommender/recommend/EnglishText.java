package io.github.movierecommender.recommend;

import java.util.Locale;

/** Explanations and shortfall reasons in English, as the command line prints them. */
public final class EnglishText implements Explanation.Visitor<String>, Shortfall.Visitor<String> {

    private static final EnglishText INSTANCE = new EnglishText();

    private EnglishText() {
    }

    public static String of(Explanation explanation) {
        return explanation.accept(INSTANCE);
    }

    /** The reason, or null when there is none. */
    public static String of(Shortfall shortfall) {
        return shortfall == null ? null : shortfall.accept(INSTANCE);
    }

    @Override
    public String popularity(Explanation.Popularity popularity) {
        return String.format(Locale.ROOT, "Rated by %,d users, average %.1f", popularity.votes(), popularity.mean());
    }

    @Override
    public String dampedPopularity(Explanation.DampedPopularity popularity) {
        return String.format(Locale.ROOT, "Rated by %,d users, average %.1f (%.2f after adding %d average votes)",
                popularity.votes(), popularity.mean(), popularity.dampedMean(), popularity.addedVotes());
    }

    @Override
    public String genreMatch(Explanation.GenreMatch match) {
        return "Matches your taste for " + String.join(", ", match.genres())
                + String.format(Locale.ROOT, " (average %.1f from %,d ratings)", match.mean(), match.votes());
    }

    @Override
    public String sharedGenres(Explanation.SharedGenres shared) {
        return "Shares " + String.join(", ", shared.genres()) + " with " + shared.title();
    }

    @Override
    public String tutorialSupport(Explanation.TutorialSupport support) {
        return String.format(Locale.ROOT, "%d of your %d nearest neighbours rated it, average %.1f",
                support.raters(), support.k(), support.mean());
    }

    @Override
    public String neighbourSupport(Explanation.NeighbourSupport support) {
        return String.format(Locale.ROOT,
                "%d of your %d nearest neighbours rated it, average %.1f; predicted %.1f for you", support.raters(), support.k(), support.mean(), support.predicted());
    }

    @Override
    public String unknownGenre(Shortfall.UnknownGenre shortfall) {
        return "no movie has the genre " + shortfall.genre();
    }

    @Override
    public String fewUnrated(Shortfall.FewUnrated shortfall) {
        String genre = shortfall.genre() == null ? "" : " in " + shortfall.genre();
        boolean minimum = shortfall.minVotes() > 1;
        String votes = minimum ? " with at least " + shortfall.minVotes() + " votes" : "";
        return "only " + shortfall.eligible() + " movies" + genre + votes + " are left that you have not rated"
                + (minimum ? " — lower the minimum votes" : "");
    }

    @Override
    public String noRatingsForTaste(Shortfall.NoRatingsForTaste shortfall) {
        return "no ratings yet — genre taste comes from the movies you rate";
    }

    @Override
    public String fewTasteMatches(Shortfall.FewTasteMatches shortfall) {
        return "only " + shortfall.eligible() + " movies you have not rated, with at least " + shortfall.minVotes()
                + " votes, lean towards genres you rate above your average — lower the minimum votes";
    }

    @Override
    public String noGenresToCompare(Shortfall.NoGenresToCompare shortfall) {
        return shortfall.title() + " has no genres to compare";
    }

    @Override
    public String fewAlike(Shortfall.FewAlike shortfall) {
        return "only " + shortfall.found() + " other movies with at least " + shortfall.minVotes()
                + " votes share a genre with " + shortfall.title();
    }

    @Override
    public String noRatingsForNeighbours(Shortfall.NoRatingsForNeighbours shortfall) {
        return "no ratings yet — neighbours are found through the movies you rate";
    }

    @Override
    public String tooFewRatingsInCommon(Shortfall.TooFewRatingsInCommon shortfall) {
        int more = shortfall.need() - shortfall.have();
        return "rate " + more + " more movie" + (more == 1 ? "" : "s")
                + " to find neighbours: they must share at least " + shortfall.need() + " rated movies with you";
    }

    @Override
    public String noUserInCommon(Shortfall.NoUserInCommon shortfall) {
        return "no user has rated at least " + shortfall.minCommon()
                + " of the movies you rated — rate more movies or lower the minimum in common";
    }

    @Override
    public String fewRatedByNeighbours(Shortfall.FewRatedByNeighbours shortfall) {
        String neighbours = shortfall.fewCandidates()
                ? "only " + shortfall.candidates() + " users share at least " + shortfall.minCommon()
                        + " rated movies with you, and "
                : "";
        String movies = switch (shortfall.found()) {
            case 0 -> "no movie you have not rated is";
            case 1 -> "only 1 movie you have not rated is";
            default -> "only " + shortfall.found() + " movies you have not rated are";
        };
        return neighbours + movies + " rated by at least " + shortfall.raters() + " of your " + shortfall.nearest()
                + " nearest neighbours — " + (shortfall.tutorial() ? "lower k, so that fewer neighbours must agree"
                        : "lower the minimum support");
    }

    @Override
    public String predictsOnly(Shortfall.PredictsOnly shortfall) {
        return shortfall.method() + " predicts ratings and makes no lists";
    }

    @Override
    public String baselineEstimate(Explanation.BaselineEstimate estimate) {
        String user = String.format(Locale.ROOT, "average %.2f, you rate %.2f %s it", estimate.mean(),
                Math.abs(estimate.userOffset()), estimate.userOffset() >= 0 ? "above" : "below");
        return estimate.movieRated()
                ? user + String.format(Locale.ROOT, ", this movie is rated %.2f %s it", Math.abs(estimate.movieOffset()),
                        estimate.movieOffset() >= 0 ? "above" : "below")
                : user + ", nobody else rated this movie";
    }

    @Override
    public String baselineDeviation(Explanation.BaselineDeviation deviation) {
        return String.format(Locale.ROOT,
                "%d of your most similar users rated it, %.2f stars %s what you and the movie's average suggest",
                deviation.raters(), Math.abs(deviation.shift()), deviation.shift() >= 0 ? "above" : "below");
    }

    @Override
    public String similarRaters(Explanation.SimilarRaters raters) {
        return String.format(Locale.ROOT, "the %d users most like you who rated it gave it %.1f on average; "
                + "predicted %.1f for you", raters.raters(), raters.mean(), raters.predicted());
    }

    @Override
    public String likedAlike(Explanation.LikedAlike liked) {
        return "Because you liked " + String.join(" and ", liked.titles());
    }

    @Override
    public String coRated(Explanation.CoRated coRated) {
        return String.format(Locale.ROOT, "Often rated by the same people as %s (%,d ratings)", coRated.title(),
                coRated.votes());
    }

    @Override
    public String alsoLiked(Explanation.AlsoLiked liked) {
        return String.format(Locale.ROOT, "%,d of the %,d people who liked %s liked it too", liked.likedBoth(),
                liked.fans(), liked.title());
    }

    @Override
    public String factorPull(Explanation.FactorPull pull) {
        return pull.titles().isEmpty()
                ? String.format(Locale.ROOT, "Latent factors: fits the overall pattern of your ratings (rated by %,d users)",
                        pull.votes())
                : String.format(Locale.ROOT, "Because you rated %s (latent factors; rated by %,d users)",
                        String.join(" and ", pull.titles()), pull.votes());
    }

    @Override
    public String blended(Explanation.Blended blend) {
        return String.format(Locale.ROOT, "%.0f%% neighbours (%s), %.0f%% %s", 100 * blend.neighbourShare(),
                of(blend.neighbours()), 100 * (1 - blend.neighbourShare()), of(blend.factors()));
    }

    @Override
    public String fewRatedBySimilar(Shortfall.FewRatedBySimilar shortfall) {
        return "only " + shortfall.found() + " movies you have not rated were rated by users similar to you";
    }

    @Override
    public String fewRatedLeft(Shortfall.FewRatedLeft shortfall) {
        return "only " + shortfall.found() + " movies with ratings are left that you have not rated";
    }

    @Override
    public String noLikedMovies(Shortfall.NoLikedMovies shortfall) {
        return "no ratings yet — similar movies are found through the movies you like";
    }

    @Override
    public String fewCoRated(Shortfall.FewCoRated shortfall) {
        return "only " + shortfall.found() + " movies you have not rated were co-rated with the movies you like";
    }

    @Override
    public String noRatingsForFactors(Shortfall.NoRatingsForFactors shortfall) {
        return "no ratings yet — the model places you through the movies you rate";
    }

    @Override
    public String noRatersOf(Shortfall.NoRatersOf shortfall) {
        return "nobody has rated " + shortfall.title() + " yet";
    }

    @Override
    public String fewSharingRaters(Shortfall.FewSharingRaters shortfall) {
        return "only " + shortfall.found() + " movies you have not rated share raters with " + shortfall.title();
    }

    @Override
    public String fewMatchFilter(Shortfall.FewMatchFilter shortfall) {
        return shortfall.found() == 0 ? "no movie matches the filter"
                : "only " + shortfall.found() + " movies match the filter";
    }
}
