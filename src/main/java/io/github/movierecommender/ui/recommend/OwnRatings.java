package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.recommend.Profile;
import java.util.List;

/**
 * The person's own profile as one dataset sees it: its name, the ad-hoc profile to recommend for,
 * and the rated movies the dataset has; {@link Profile#unknownMovieIds()} are the ones it lacks.
 */
public record OwnRatings(String name, Dataset dataset, Profile profile, List<RatedMovie> rated) {

    public OwnRatings {
        rated = List.copyOf(rated);
    }

    public int unknownMovies() {
        return profile.unknownMovieIds().size();
    }
}
