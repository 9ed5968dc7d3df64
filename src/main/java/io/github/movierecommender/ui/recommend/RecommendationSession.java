package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Movie;
import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.recommend.BuildMonitor;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.MethodSettings;
import io.github.movierecommender.recommend.MovieFilter;
import io.github.movierecommender.recommend.CoRatedMovies;
import io.github.movierecommender.recommend.Neighbour;
import io.github.movierecommender.recommend.NeighbourComparison;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.ProfileRecommender;
import io.github.movierecommender.recommend.Recommender;
import io.github.movierecommender.recommend.Recommenders;
import io.github.movierecommender.recommend.Shortfall;
import io.github.movierecommender.recommend.Training;
import io.github.movierecommender.recommend.WorkedPrediction;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The methods of one loaded dataset, built from the registry when first asked for and used on the
 * background thread; those whose abilities say they train first are built by {@link #build} on a
 * thread of their own, once per dataset. It keeps each method's work for the shown profile (the neighbour scan), so
 * that a change of k or the minimum votes only re-aggregates; a change of user, measure or mode
 * scans again. A change of k alone keeps the lists of the methods that do not use k. Each list is
 * worked out {@link RecommendationSettings#MAX_N} long, where its method's lists nest
 * ({@link ProfileRecommender#listsNest()}), so that a change of n only cuts the rows kept.
 */
public final class RecommendationSession {

    private final Dataset dataset;
    private final Recommenders recommenders;
    private final Training training;
    private final ShownLists lists;
    private final CoRatedMovies similar;
    private final Map<Method, Recommender> built = new HashMap<>();
    private final Map<Method, ProfileRecommender> forShown = new HashMap<>();
    private Profile profile;
    private Profile shown;
    private Profile filteredFrom;
    private ListExclusions filteredBy = ListExclusions.NONE;
    private Profile shownFiltered;
    private int retiredScans;
    private final Map<String, KeptList> kept = new HashMap<>();

    public RecommendationSession(LoadedDataset loaded) {
        this(loaded, ShownLists.ofRegistry());
    }

    public RecommendationSession(LoadedDataset loaded, ShownLists lists) {
        this.dataset = loaded.dataset();
        this.recommenders = loaded.recommenders();
        this.training = new Training(dataset, recommenders.stats());
        this.lists = lists;
        this.similar = new CoRatedMovies(recommenders.stats(), recommenders.genre());
    }

    public Dataset dataset() {
        return dataset;
    }

    public Recommenders recommenders() {
        return recommenders;
    }

    /**
     * The shown lists for {@code request}, leaving out those whose method trains first (its
     * abilities say so) and is not trained yet; the quick methods are built here when first asked
     * for. A list shows the user's predicted ratings where its method predicts them.
     */
    public synchronized Recommendations recommend(RecommendationRequest request) {
        Profile user = filtered(request.own() != null ? request.own() : profile(request.userId()),
                request.exclusions());
        Map<String, RankedList> shown = new LinkedHashMap<>();
        List<Neighbour> neighbours = List.of();
        for (ShownList list : lists.shown()) {
            Method method = lists.methodFor(list, request);
            if (method.abilities().trainsFirst() && !built.containsKey(method)) {
                continue;
            }
            KeptList rows = kept(list, method, forProfile(method, user), request);
            shown.put(list.id(), filterSaysShort(rows.first(request.n()), request.exclusions()));
            if (list.equals(ShownList.NEIGHBOUR)) {
                neighbours = rows.neighbours();
            }
        }
        return new Recommendations(request, shown, neighbours);
    }

    /**
     * {@code list} for {@code request}: the one kept when it serves, else worked out, as long as
     * the n slider goes where the method's lists nest.
     */
    private KeptList kept(ShownList list, Method method, ProfileRecommender recommender,
                          RecommendationRequest request) {
        RecommendationRequest asked = recommender.listsNest()
                ? request.withN(Math.max(request.n(), RecommendationSettings.MAX_N)) : request;
        RecommendationRequest key = method.abilities().usesK() ? asked : asked.withK(0);
        KeptList before = kept.get(list.id());
        if (before != null && before.serves(key, recommender)) {
            return before;
        }
        MethodSettings settings = asked.settings();
        // Popular "predicts" the movie's mean rating, which its Mean column shows already.
        boolean predicted = method.abilities().predicts() && !list.equals(ShownList.POPULAR);
        KeptList made = new KeptList(key, recommender, recommender.recommend(settings),
                list.equals(ShownList.NEIGHBOUR) ? recommender.neighbours(settings) : List.of(),
                recommenders.stats(), scoreKind(list, request),
                predicted ? movie -> recommender.predict(movie, settings) : movie -> OptionalDouble.empty());
        kept.put(list.id(), made);
        return made;
    }

    /**
     * Trains {@code method} on this dataset, once: the lists are not held up meanwhile, and
     * include its list from the next request on.
     */
    public Recommender build(Method method, BuildMonitor monitor) {
        synchronized (this) {
            Recommender done = built.get(method);
            if (done != null) {
                return done;
            }
        }
        Recommender trained = method.build(training, monitor);
        synchronized (this) {
            return built.computeIfAbsent(method, any -> trained);
        }
    }

    /** "More like this" by what the people who liked a movie also liked; by genres for a movie with few fans. */
    public CoRatedMovies similarMovies() {
        return similar;
    }

    /**
     * The profile of {@code request} beside user {@code userIndex}, worked out by the neighbour
     * list's method with the work kept for the lists, so its numbers are the neighbour table's;
     * empty while that method is not trained.
     */
    public synchronized Optional<NeighbourComparison> compare(RecommendationRequest request, int userIndex) {
        return usable(ShownList.NEIGHBOUR, request)
                .flatMap(recommender -> recommender.compare(userIndex, request.settings()));
    }

    /**
     * How {@code list}'s number for a movie was worked out for {@code request}, with the work kept
     * for the lists; empty when its method does not show it or is not trained.
     */
    public synchronized Optional<WorkedPrediction> work(RecommendationRequest request, ShownList list, int movieIndex) {
        return usable(list, request).flatMap(recommender -> recommender.work(movieIndex, request.settings()));
    }

    private Optional<ProfileRecommender> usable(ShownList list, RecommendationRequest request) {
        Method method = lists.methodFor(list, request);
        if (!lists.shown().contains(list) || method.abilities().trainsFirst() && !built.containsKey(method)) {
            return Optional.empty();
        }
        return Optional.of(forProfile(method, request.own() != null ? request.own() : profile(request.userId())));
    }

    /** The popular list's score follows its ranking, the neighbour list's the mode. */
    static ScoreKind scoreKind(ShownList list, RecommendationRequest request) {
        if (list.equals(ShownList.POPULAR)) {
            return switch (request.ranking()) {
                case MOST_VOTED -> ScoreKind.VOTES;
                case BEST_RATED -> ScoreKind.MEAN_RATING;
                case DAMPED_MEAN -> ScoreKind.DAMPED_MEAN;
            };
        }
        if (list.equals(ShownList.NEIGHBOUR) && request.mode() == NeighbourMode.TUTORIAL) {
            return ScoreKind.NEIGHBOURS_MEAN;
        }
        return list.score();
    }

    /**
     * A list left short while the filter's choice holds some movies back says that only so many
     * movies match it, rather than why the method alone would run short; a list short for want of
     * ratings keeps its reason.
     */
    private static RankedList filterSaysShort(RankedList list, ListExclusions exclusions) {
        Shortfall shortfall = list.shortfall();
        boolean fewFound = shortfall instanceof Shortfall.FewUnrated || shortfall instanceof Shortfall.FewTasteMatches
                || shortfall instanceof Shortfall.FewRatedByNeighbours || shortfall instanceof Shortfall.FewRatedBySimilar
                || shortfall instanceof Shortfall.FewRatedLeft || shortfall instanceof Shortfall.FewCoRated;
        return fewFound && !exclusions.chosen().equals(MovieFilter.ALL)
                ? new RankedList(list.rows(), new Shortfall.FewMatchFilter(list.rows().size()), list.predicted())
                : list;
    }

    /** The profile whose lists leave out {@code exclusions}: the same one while neither changes. */
    private Profile filtered(Profile user, ListExclusions exclusions) {
        if (exclusions.equals(ListExclusions.NONE)) {
            return user;
        }
        if (user != filteredFrom || !exclusions.equals(filteredBy)) {
            filteredFrom = user;
            filteredBy = exclusions;
            shownFiltered = user.withListFilter(exclusions);
        }
        return shownFiltered;
    }

    /** The method's work for {@code user}, kept while the same profile is shown. */
    private ProfileRecommender forProfile(Method method, Profile user) {
        if (user != shown) {
            retiredScans += forShown.values().stream().mapToInt(ProfileRecommender::scans).sum();
            forShown.clear();
            shown = user;
        }
        return forShown.computeIfAbsent(method, any ->
                built.computeIfAbsent(method, unbuilt -> unbuilt.build(training, BuildMonitor.NONE)).forProfile(user));
    }

    /** How many times the neighbours were scanned rather than re-aggregated. */
    public synchronized int scans() {
        return retiredScans + forShown.values().stream().mapToInt(ProfileRecommender::scans).sum();
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
