package io.github.movierecommender.ui.profile;

import io.github.movierecommender.profile.ProfileRating;
import io.github.movierecommender.profile.SavedProfile;
import io.github.movierecommender.ui.recommend.OwnRatings;
import java.util.List;

/**
 * The profile in use as a background job left it: the profile, its ratings, every profile's name,
 * and the profile as the loaded dataset sees it (null while none is loaded).
 */
record ProfileState(SavedProfile profile, List<ProfileRating> ratings, List<String> names, OwnRatings own) {
}
