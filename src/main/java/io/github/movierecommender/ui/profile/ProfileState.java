package io.github.movierecommender.ui.profile;

import io.github.movierecommender.profile.MarkedMovie;
import io.github.movierecommender.profile.ProfileRating;
import io.github.movierecommender.profile.SavedProfile;
import io.github.movierecommender.ui.recommend.OwnRatings;
import io.github.movierecommender.recommend.MovieFilter;
import java.util.List;

/**
 * The profile in use as a background job left it: the profile, its ratings, every profile's name,
 * the profile as the loaded dataset sees it (null while none is loaded), its hidden movies and
 * watchlist, and the filter that leaves the hidden movies out of the loaded dataset's lists.
 */
record ProfileState(SavedProfile profile, List<ProfileRating> ratings, List<String> names, OwnRatings own,
                    List<MarkedMovie> hidden, List<MarkedMovie> watchlist, MovieFilter hiddenFilter) {
}
