package io.github.movierecommender.eval;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.recommend.GenreParams;
import io.github.movierecommender.recommend.ImplicitAls;
import io.github.movierecommender.recommend.ImplicitAlsTuning;
import io.github.movierecommender.recommend.ItemKnn;
import io.github.movierecommender.recommend.ItemKnnParams;
import io.github.movierecommender.recommend.KnnBasic;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.NeighbourParams;
import io.github.movierecommender.recommend.Neighbourhood;
import io.github.movierecommender.recommend.PopularParams;
import io.github.movierecommender.recommend.PopularRanking;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.Recommendation;
import io.github.movierecommender.recommend.RecommendationList;
import io.github.movierecommender.recommend.Recommenders;
import io.github.movierecommender.recommend.TrainingCancelledException;
import io.github.movierecommender.recommend.TrainingMonitor;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;

/**
 * One split: the recommenders are built on the training part alone, and each user's held-out
 * ratings are predicted and matched against the lists. Thread-safe: blocks of users may run at once.
 */
final class SplitEvaluation {

    static final int RELEVANT_HALF_STARS = 8;

    private final Ratings all;
    private final BitSet test;
    private final EvalPlan plan;
    private final List<Cell> cells;
    private final Dataset training;
    private final Recommenders recommenders;
    private final KnnBasic knnBasic;
    private final ItemKnn itemKnn;
    private final ImplicitAls als;

    SplitEvaluation(Dataset dataset, BitSet test, EvalPlan plan, List<Cell> cells) {
        this(dataset, test, plan, cells, () -> false);
    }

    /** Trains the models the plan asks for; {@code cancelled} stops their training. */
    SplitEvaluation(Dataset dataset, BitSet test, EvalPlan plan, List<Cell> cells, BooleanSupplier cancelled) {
        this.all = dataset.ratings();
        this.test = test;
        this.plan = plan;
        this.cells = cells;
        BitSet trainingEntries = new BitSet(all.size());
        trainingEntries.set(0, all.size());
        trainingEntries.andNot(test);
        this.training = dataset.withRatings(all.keep(trainingEntries));
        this.recommenders = Recommenders.of(training);
        this.knnBasic = new KnnBasic(training.ratings());
        TrainingMonitor monitor = new TrainingMonitor(fraction -> { }, cancelled);
        try {
            this.itemKnn = plans(EvalMethod.Kind.ITEM_KNN)
                    ? ItemKnn.train(training, ItemKnnParams.defaults(), monitor) : null;
            this.als = plans(EvalMethod.Kind.ALS)
                    ? ImplicitAlsTuning.tuneAndTrain(training, plan.protocol().seed(), monitor) : null;
        } catch (TrainingCancelledException e) {
            throw new EvaluationCancelledException();
        }
    }

    private boolean plans(EvalMethod.Kind kind) {
        return plan.methods().stream().anyMatch(method -> method.kind() == kind);
    }

    /** Movies with at least one training rating: those a list could hold. */
    int recommendableMovies() {
        int count = 0;
        for (int m = 0; m < training.ratings().movieCount(); m++) {
            count += training.ratings().movieRatingCount(m) > 0 ? 1 : 0;
        }
        return count;
    }

    /** Scores of the users with these indexes; a user with nothing held out is skipped. */
    Map<Cell, Scores> evaluate(int[] users, Runnable afterEachUser) {
        Map<Cell, Scores> scores = new LinkedHashMap<>();
        cells.forEach(cell -> scores.put(cell, new Scores()));
        for (int u : users) {
            HeldOut heldOut = heldOut(u);
            if (heldOut.size() > 0) {
                Profile profile = Profile.ofUser(training, all.users().idAt(u)).orElseThrow();
                scores.values().forEach(Scores::addUser);
                for (EvalMethod method : plan.methods()) {
                    evaluate(method, profile, heldOut, scores);
                }
            }
            afterEachUser.run();
        }
        return scores;
    }

    private HeldOut heldOut(int u) {
        int count = 0;
        int[] movies = new int[all.userRatingCount(u)];
        int[] halfStars = new int[movies.length];
        for (int i = all.userStart(u); i < all.userEnd(u); i++) {
            if (test.get(i)) {
                movies[count] = all.userMovieAt(i);
                halfStars[count++] = all.userHalfStarsAt(i);
            }
        }
        return new HeldOut(Arrays.copyOf(movies, count), Arrays.copyOf(halfStars, count));
    }

    private void evaluate(EvalMethod method, Profile profile, HeldOut heldOut, Map<Cell, Scores> scores) {
        double globalMean = recommenders.stats().globalMean();
        double userMean = profile.size() > 0 ? profile.mean() : globalMean;
        switch (method.kind()) {
            case POPULAR -> {
                Scores cell = scores.get(new Cell(method, 0));
                addList(cell, recommenders.popular().recommend(profile,
                        PopularParams.of(PopularRanking.MOST_VOTED, plan.n())), heldOut);
                for (int i = 0; i < heldOut.size(); i++) {
                    int m = heldOut.movies[i];
                    boolean unrated = recommenders.stats().votes(m) == 0;
                    cell.addPrediction(unrated ? globalMean : recommenders.stats().mean(m), heldOut.stars(i), unrated);
                }
            }
            case GENRE -> addList(scores.get(new Cell(method, 0)),
                    recommenders.genre().recommend(profile, GenreParams.of(plan.n())), heldOut);
            case KNN_TUTORIAL, KNN -> {
                NeighbourParams scan = neighbourParams(method, plan.maxK());
                Neighbourhood hood = recommenders.neighbours().neighbourhood(profile, scan);
                for (int k : plan.ks()) {
                    Scores cell = scores.get(new Cell(method, k));
                    NeighbourParams params = scan.withK(k);
                    addList(cell, recommenders.neighbours().recommend(hood, params).list(), heldOut);
                    for (int i = 0; i < heldOut.size(); i++) {
                        addPrediction(cell, recommenders.neighbours().predict(hood, params, heldOut.movies[i]),
                                userMean, heldOut.stars(i));
                    }
                }
            }
            case KNN_BASIC -> {
                double[] similarities = knnBasic.similarities(profile);
                for (int k : plan.ks()) {
                    Scores cell = scores.get(new Cell(method, k));
                    for (int i = 0; i < heldOut.size(); i++) {
                        addPrediction(cell, knnBasic.predict(similarities, heldOut.movies[i], k), globalMean,
                                heldOut.stars(i));
                    }
                }
            }
            case ITEM_KNN -> evaluateItemKnn(method, profile, heldOut, scores);
            case ALS -> addList(scores.get(new Cell(method, 0)), als.recommend(profile, plan.n()), heldOut);
        }
    }

    private void evaluateItemKnn(EvalMethod method, Profile profile, HeldOut heldOut, Map<Cell, Scores> scores) {
        Scores cell = scores.get(new Cell(method, 0));
        addList(cell, itemKnn.recommend(profile, plan.n()), heldOut);
        for (int i = 0; i < heldOut.size(); i++) {
            int m = heldOut.movies[i];
            addPrediction(cell, itemKnn.predict(profile, m), itemKnn.baseline(profile, m), heldOut.stars(i));
        }
    }

    private NeighbourParams neighbourParams(EvalMethod method, int k) {
        if (method.kind() == EvalMethod.Kind.KNN_TUTORIAL) {
            return NeighbourParams.tutorial(k, plan.n());
        }
        NeighbourParams defaults = NeighbourParams.defaults(k, plan.n());
        return new NeighbourParams(k, plan.n(), defaults.minCommon(), method.measure(), NeighbourMode.DEFAULT,
                defaults.minSupport(), defaults.significanceWeighting());
    }

    private static void addPrediction(Scores cell, OptionalDouble prediction, double fallback, double actual) {
        cell.addPrediction(prediction.orElse(fallback), actual, prediction.isEmpty());
    }

    private void addList(Scores cell, RecommendationList list, HeldOut heldOut) {
        List<Recommendation> items = list.items();
        int[] movies = new int[items.size()];
        boolean[] hits = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            movies[i] = items.get(i).movieIndex();
            hits[i] = heldOut.isRelevant(movies[i]);
        }
        cell.addList(movies, hits, heldOut.relevantCount(), plan.n());
    }

    /** A user's held-out ratings, by ascending movie index. */
    private record HeldOut(int[] movies, int[] halfStars) {

        int size() {
            return movies.length;
        }

        double stars(int i) {
            return halfStars[i] / 2.0;
        }

        boolean isRelevant(int movie) {
            int at = Arrays.binarySearch(movies, movie);
            return at >= 0 && halfStars[at] >= RELEVANT_HALF_STARS;
        }

        int relevantCount() {
            int count = 0;
            for (int stars : halfStars) {
                count += stars >= RELEVANT_HALF_STARS ? 1 : 0;
            }
            return count;
        }
    }
}
