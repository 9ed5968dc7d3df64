package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Movie;
import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.recommend.NeighbourParams;
import io.github.movierecommender.recommend.NeighbourResult;
import io.github.movierecommender.recommend.Neighbourhood;
import io.github.movierecommender.recommend.PopularRanking;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.Recommenders;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The recommenders of one loaded dataset, used on the background thread. It keeps the selected
 * user's profile and the last neighbour scan, so that a change of k, n or the minimum votes only
 * re-aggregates; a change of user, measure or mode scans again.
 */
public final class RecommendationSession {

    private final Dataset dataset;
    private final Recommenders recommenders;
    private Profile profile;
    private Neighbourhood neighbourhood;
    private int scans;

    public RecommendationSession(LoadedDataset loaded) {
        this.dataset = loaded.dataset();
        this.recommenders = loaded.recommenders();
    }

    public Dataset dataset() {
        return dataset;
    }

    public Recommenders recommenders() {
        return recommenders;
    }

    public synchronized Recommendations recommend(RecommendationRequest request) {
        Profile user = request.own() != null ? request.own() : profile(request.userId());
        NeighbourParams params = request.neighbourParams();
        if (neighbourhood == null || !neighbourhood.serves(user, params)) {
            neighbourhood = recommenders.neighbours().neighbourhood(user, params);
            scans++;
        }
        NeighbourResult neighbours = recommenders.neighbours().recommend(neighbourhood, params);
        ScoreKind popularScore = request.ranking() == PopularRanking.MOST_VOTED ? ScoreKind.VOTES : ScoreKind.STARS;
        return new Recommendations(request,
                MovieRows.of(recommenders.popular().recommend(user, request.popularParams()), recommenders.stats(),
                        popularScore),
                MovieRows.of(recommenders.genre().recommend(user, request.genreParams()), recommenders.stats(),
                        ScoreKind.STARS),
                MovieRows.of(neighbours.list(), recommenders.stats(), ScoreKind.STARS),
                neighbours.neighbours());
    }

    /** How many times the neighbours were scanned rather than re-aggregated. */
    public synchronized int scans() {
        return scans;
    }

    /** The user's profile, kept while the same user stays selected. */
    public synchronized Profile profile(int userId) {
        if (profile == null || profile.userId() != userId) {
            profile = Profile.ofUser(dataset, userId)
                    .orElseThrow(() -> new IllegalArgumentException("user " + userId + " is not in the dataset"));
        }
        return profile;
    }

    public synchronized List<RatedMovie> ratingsOf(int userId) {
        Ratings ratings = dataset.ratings();
        int u = ratings.users().indexOf(userId);
        if (u < 0) {
            return List.of();
        }
        List<RatedMovie> rated = new ArrayList<>(ratings.userRatingCount(u));
        for (int i = ratings.userStart(u); i < ratings.userEnd(u); i++) {
            int m = ratings.userMovieAt(i);
            Movie movie = dataset.movies().at(m);
            rated.add(new RatedMovie(m, movie.id(), movie.displayTitle(), movie.year(), MovieRows.genres(movie),
                    ratings.userRatingAt(i), LocalDate.ofInstant(Instant.ofEpochSecond(ratings.userTimeAt(i)),
                            ZoneOffset.UTC)));
        }
        return rated;
    }

    /** The profile's rating of a movie in stars, or 0 when it has not rated it. */
    public static double ratingOf(Profile profile, int movieIndex) {
        for (int i = 0; i < profile.size(); i++) {
            if (profile.movieAt(i) == movieIndex) {
                return profile.halfStarsAt(i) / 2.0;
            }
        }
        return 0;
    }

    public List<String> tagsOf(int movieIndex) {
        return dataset.tags().of(movieIndex);
    }
}
