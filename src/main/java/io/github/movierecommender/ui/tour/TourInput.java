package io.github.movierecommender.ui.tour;

import io.github.movierecommender.recommend.NeighbourParams;
import io.github.movierecommender.recommend.PopularRanking;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.Tutorial;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import io.github.movierecommender.ui.recommend.UserChoice;

/**
 * What a step's numbers are worked out from, taken on the JavaFX thread as the step is shown or a
 * setting changes: the dataset, whose taste (a user of the dataset, or the own profile's ratings),
 * and the left panel's k, n, minimum votes and popular ranking. {@code user} is null while nobody
 * is picked.
 */
record TourInput(LoadedDataset loaded, UserChoice user, Profile own, int k, int n, int minVotes,
                 PopularRanking ranking) {

    /** The picked user's ratings; worked out from the dataset for one of its users. */
    Profile profile() {
        return user.isOwnProfile() ? own
                : Profile.ofUser(loaded.dataset(), user.userId()).orElseThrow(() ->
                        new IllegalStateException("user " + user.userId() + " is not in the dataset"));
    }

    /** Whether there is a taste to follow: a user is picked, and the own profile, if picked, is ready. */
    boolean hasProfile() {
        return user != null && (!user.isOwnProfile() || own != null);
    }

    Tutorial tutorial() {
        return new Tutorial(loaded.recommenders());
    }

    /** The tutorial's rules (Euclidean distance, at least 5 movies in common, k/2) with the panel's k and n. */
    NeighbourParams tutorialParams() {
        return NeighbourParams.tutorial(k, n);
    }
}
