package io.github.movierecommender.ui.inspector;

import io.github.movierecommender.recommend.Explanation;
import io.github.movierecommender.ui.recommend.ShownList;
import java.util.Optional;

/**
 * Which list made a suggestion, told by the kind of its explanation: the neighbour-based list or
 * "Because you liked"; none for the lists whose numbers are not worked out and for "more like this".
 */
final class SuggestingList implements Explanation.Visitor<Optional<ShownList>> {

    static Optional<ShownList> of(Explanation explanation) {
        return explanation == null ? Optional.empty() : explanation.accept(new SuggestingList());
    }

    @Override
    public Optional<ShownList> popularity(Explanation.Popularity popularity) {
        return Optional.empty();
    }

    @Override
    public Optional<ShownList> dampedPopularity(Explanation.DampedPopularity popularity) {
        return Optional.empty();
    }

    @Override
    public Optional<ShownList> genreMatch(Explanation.GenreMatch match) {
        return Optional.empty();
    }

    @Override
    public Optional<ShownList> sharedGenres(Explanation.SharedGenres shared) {
        return Optional.empty();
    }

    @Override
    public Optional<ShownList> tutorialSupport(Explanation.TutorialSupport support) {
        return Optional.of(ShownList.NEIGHBOUR);
    }

    @Override
    public Optional<ShownList> neighbourSupport(Explanation.NeighbourSupport support) {
        return Optional.of(ShownList.NEIGHBOUR);
    }

    @Override
    public Optional<ShownList> baselineEstimate(Explanation.BaselineEstimate estimate) {
        return Optional.empty();
    }

    @Override
    public Optional<ShownList> baselineDeviation(Explanation.BaselineDeviation deviation) {
        return Optional.of(ShownList.NEIGHBOUR);
    }

    @Override
    public Optional<ShownList> similarRaters(Explanation.SimilarRaters raters) {
        return Optional.of(ShownList.NEIGHBOUR);
    }

    @Override
    public Optional<ShownList> likedAlike(Explanation.LikedAlike liked) {
        return Optional.of(ShownList.BECAUSE_YOU_LIKED);
    }

    @Override
    public Optional<ShownList> coRated(Explanation.CoRated coRated) {
        return Optional.empty();
    }

    @Override
    public Optional<ShownList> alsoLiked(Explanation.AlsoLiked liked) {
        return Optional.empty();
    }

    @Override
    public Optional<ShownList> factorPull(Explanation.FactorPull pull) {
        return Optional.empty();
    }

    @Override
    public Optional<ShownList> blended(Explanation.Blended blend) {
        return Optional.empty();
    }
}
