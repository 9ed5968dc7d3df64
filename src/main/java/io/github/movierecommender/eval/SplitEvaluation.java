package io.github.movierecommender.eval;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.recommend.Abilities;
import io.github.movierecommender.recommend.BuildCancelledException;
import io.github.movierecommender.recommend.BuildMonitor;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.MethodSettings;
import io.github.movierecommender.recommend.ProfileRecommender;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.Recommendation;
import io.github.movierecommender.recommend.RecommendationList;
import io.github.movierecommender.recommend.Recommender;
import io.github.movierecommender.recommend.Training;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

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
    private final Training training;
    private final List<Recommender> recommenders = new ArrayList<>();

    /** Builds every method of the plan on the training part; throws when {@code monitor} cancels. */
    SplitEvaluation(Dataset dataset, BitSet test, EvalPlan plan, List<Cell> cells, EvalMonitor monitor) {
        this.all = dataset.ratings();
        this.test = test;
        this.plan = plan;
        this.cells = cells;
        BitSet trainingEntries = new BitSet(all.size());
        trainingEntries.set(0, all.size());
        trainingEntries.andNot(test);
        this.training = Training.of(dataset.withRatings(all.keep(trainingEntries)), plan.protocol().seed());
        BuildMonitor building = new BuildMonitor() {
            @Override
            public void progress(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
        try {
            for (Method method : plan.methods()) {
                building.stopIfCancelled();
                recommenders.add(method.build(training, building));
            }
        } catch (BuildCancelledException e) {
            throw new EvaluationCancelledException();
        }
    }

    /** Movies with at least one training rating: those a list could hold. */
    int recommendableMovies() {
        int count = 0;
        Ratings ratings = training.dataset().ratings();
        for (int m = 0; m < ratings.movieCount(); m++) {
            count += ratings.movieRatingCount(m) > 0 ? 1 : 0;
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
                Profile profile = Profile.ofUser(training.dataset(), all.users().idAt(u)).orElseThrow();
                scores.values().forEach(Scores::addUser);
                for (Recommender recommender : recommenders) {
                    evaluate(recommender, profile, heldOut, scores);
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

    /** Each k from the largest down, so that the first neighbour scan serves every smaller k. */
    private void evaluate(Recommender recommender, Profile profile, HeldOut heldOut, Map<Cell, Scores> scores) {
        Method method = recommender.method();
        ProfileRecommender forProfile = recommender.forProfile(profile);
        Abilities.Fallback fallback = method.abilities().fallback();
        double standIn = fallback.rating(profile, training.stats());
        List<Integer> ks = method.abilities().usesK() ? plan.ks() : List.of(0);
        for (int at = ks.size() - 1; at >= 0; at--) {
            int k = ks.get(at);
            Scores cell = scores.get(new Cell(method, k));
            MethodSettings settings = MethodSettings.defaults(k == 0 ? plan.maxK() : k, plan.n());
            if (method.abilities().lists()) {
                addList(cell, forProfile.recommend(settings), heldOut);
            }
            if (method.abilities().predicts()) {
                for (int i = 0; i < heldOut.size(); i++) {
                    OptionalDouble prediction = forProfile.predict(heldOut.movies[i], settings);
                    double stars = prediction.isPresent() ? prediction.getAsDouble()
                            : fallback == Abilities.Fallback.BASELINE
                            ? forProfile.baseline(heldOut.movies[i]).orElseThrow() : standIn;
                    cell.addPrediction(stars, heldOut.stars(i), prediction.isEmpty());
                }
            }
        }
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
