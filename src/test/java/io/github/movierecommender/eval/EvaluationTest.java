package io.github.movierecommender.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.Ratings;
import io.github.movierecommender.eval.Releases.Row;
import io.github.movierecommender.recommend.Baseline;
import io.github.movierecommender.recommend.BaselineParams;
import io.github.movierecommender.recommend.Blend;
import io.github.movierecommender.recommend.BuildMonitor;
import io.github.movierecommender.recommend.ItemKnn;
import io.github.movierecommender.recommend.ItemKnnParams;
import io.github.movierecommender.recommend.KnnBaseline;
import io.github.movierecommender.recommend.KnnBasic;
import io.github.movierecommender.recommend.MatrixFactorisation;
import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.NeighbourParams;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.Recommenders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import java.util.OptionalDouble;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole evaluations of a random release: 150 users (ten blocks of users), 30 movies of about 90 votes each. */
class EvaluationTest {

    private static final List<Method> ALL_METHODS = List.of(Methods.named("popular"), Methods.named("genre"),
            Methods.named("knn-tutorial"), Methods.named("knn-pearson"), Methods.named("knn-msd"),
            Methods.named("knn-basic"), Methods.named("baseline"), Methods.named("knn-baseline"),
            Methods.named("mf"), Methods.named("blend"), Methods.named("item-knn"), Methods.named("als"));
    private static final List<Integer> KS = List.of(2, 5);

    @TempDir
    static Path folder;

    static Dataset dataset;

    @BeforeAll
    static void writeRelease() throws Exception {
        dataset = Releases.load(folder.resolve("random"), 30, Releases.random(150, 30, 0.6, 11));
    }

    private static EvalPlan plan(Protocol protocol, int threads) {
        return new EvalPlan(ALL_METHODS, KS, 5, protocol, threads);
    }

    @Test
    void theSameSeedGivesExactlyTheSameNumbersOnOneThreadOrTwo() {
        for (Protocol protocol : List.of(new Protocol.Holdout(0.2, 5), new Protocol.KFold(3, 5))) {
            List<EvalResult> once = Evaluation.run(dataset, plan(protocol, 1), EvalMonitor.NONE);
            List<EvalResult> again = Evaluation.run(dataset, plan(protocol, 1), EvalMonitor.NONE);
            List<EvalResult> onTwoThreads = Evaluation.run(dataset, plan(protocol, 2), EvalMonitor.NONE);

            assertEquals(once, again, protocol.describe());
            assertEquals(once, onTwoThreads, protocol.describe());
            assertThat(once).hasSize(ALL_METHODS.stream().mapToInt(method -> method.abilities().usesK() ? KS.size() : 1)
                    .sum());
        }
    }

    @Test
    void anotherSeedGivesOtherNumbers() {
        List<EvalResult> seed5 = Evaluation.run(dataset, plan(new Protocol.Holdout(0.2, 5), 2), EvalMonitor.NONE);
        List<EvalResult> seed6 = Evaluation.run(dataset, plan(new Protocol.Holdout(0.2, 6), 2), EvalMonitor.NONE);

        assertNotEquals(seed5.get(0).rmse(), seed6.get(0).rmse());
    }

    /** 4 ↔ 5 and 4.5 → 4 keep a rating relevant; 0.5 → 3.5 and the rest → 0.5 keep it irrelevant. */
    private static double otherStarsOfTheSameRelevance(double stars) {
        if (stars >= 4) {
            return stars == 5 ? 4 : 5;
        }
        return stars == 0.5 ? 3.5 : 0.5;
    }

    /** The release with every rating of {@code test} changed to another value of the same relevance. */
    private static Dataset withTestRatingsChanged(BitSet test, String name) throws Exception {
        Ratings ratings = dataset.ratings();
        List<Row> changed = new ArrayList<>();
        for (int u = 0; u < ratings.userCount(); u++) {
            for (int i = ratings.userStart(u); i < ratings.userEnd(u); i++) {
                double stars = ratings.userRatingAt(i);
                changed.add(new Row(ratings.users().idAt(u), dataset.movies().at(ratings.userMovieAt(i)).id(),
                        test.get(i) ? otherStarsOfTheSameRelevance(stars) : stars));
            }
        }
        return Releases.load(folder.resolve(name), 30, changed);
    }

    /**
     * Nothing the recommenders learn may depend on the held-out ratings: with each of them changed
     * to another value of the same relevance, every prediction, fallback and list stays the same,
     * so only the errors move.
     */
    @Test
    void changingHeldOutRatingsChangesOnlyTheErrorsOfEachSplit() throws Exception {
        List<Cell> cells = new ArrayList<>();
        ALL_METHODS.forEach(method -> KS.forEach(k -> cells.add(new Cell(method, method.abilities().usesK() ? k : 0))));
        List<Cell> distinctCells = cells.stream().distinct().toList();
        int[] everyUser = IntStream.range(0, dataset.ratings().userCount()).toArray();
        List<BitSet> parts = new ArrayList<>(new Protocol.KFold(3, 9).testParts(dataset.ratings()));
        parts.addAll(new Protocol.Holdout(0.3, 9).testParts(dataset.ratings()));
        for (int p = 0; p < parts.size(); p++) {
            BitSet test = parts.get(p);
            Dataset changed = withTestRatingsChanged(test, "changed-" + p);
            EvalPlan plan = plan(new Protocol.Holdout(0.3, 9), 1);
            SplitEvaluation original = new SplitEvaluation(dataset, test, plan, distinctCells, EvalMonitor.NONE);
            SplitEvaluation other = new SplitEvaluation(changed, test, plan, distinctCells, EvalMonitor.NONE);
            var before = original.evaluate(everyUser, () -> { });
            var after = other.evaluate(everyUser, () -> { });

            assertEquals(original.recommendableMovies(), other.recommendableMovies());
            for (Cell cell : distinctCells) {
                Scores a = before.get(cell);
                Scores b = after.get(cell);
                String what = "split " + p + ", " + cell;
                assertAll(what,
                        () -> assertEquals(a.predictions(), b.predictions()),
                        () -> assertEquals(a.fallbacks(), b.fallbacks()),
                        () -> assertEquals(a.users(), b.users()),
                        () -> assertEquals(a.usersWithList(), b.usersWithList()),
                        () -> assertEquals(a.coverage(1), b.coverage(1)),
                        () -> assertEquals(a.precision(), b.precision()),
                        () -> assertEquals(a.recall(), b.recall()),
                        () -> assertEquals(a.ndcg(), b.ndcg()),
                        () -> assertEquals(a.hitRate(), b.hitRate()));
                if (cell.method().abilities().predicts()) {
                    assertThat(a.predictions()).as(what).isPositive();
                    assertNotEquals(a.mae(), b.mae(), what);
                }
                if (cell.method().abilities().lists()) {
                    assertThat(a.usersWithList()).as(what).isPositive();
                }
            }
        }
    }

    private record Errors(double rmse, double mae, long predictions, long fallbacks) {
    }

    private static NeighbourParams neighbourParams(Method method, int k, int n) {
        if (method.name().equals("knn-tutorial")) {
            return NeighbourParams.tutorial(k, n);
        }
        NeighbourParams defaults = NeighbourParams.defaults(k, n);
        Measure measure = Measure.valueOf(method.name().substring("knn-".length()).toUpperCase(java.util.Locale.ROOT));
        return new NeighbourParams(k, n, defaults.minCommon(), measure, NeighbourMode.DEFAULT,
                defaults.minSupport(), defaults.significanceWeighting());
    }

    /**
     * The errors of a method on the held-out ratings of {@code test} when it learns from a training
     * release built here from the other ratings, falling back as the method says it does.
     */
    private static Errors trainedApart(Method method, int k, int n, BitSet test, long seed) {
        Ratings all = dataset.ratings();
        BitSet rest = new BitSet();
        rest.set(0, all.size());
        rest.andNot(test);
        Dataset training = dataset.withRatings(all.keep(rest));
        Recommenders recommenders = Recommenders.of(training);
        KnnBasic knnBasic = new KnnBasic(training.ratings());
        Baseline baseline = Baseline.train(training.ratings(), BaselineParams.DEFAULTS, BuildMonitor.NONE);
        KnnBaseline knnBaseline = method.name().equals("knn-baseline")
                ? KnnBaseline.trainTuned(training, BaselineParams.DEFAULTS, seed, BuildMonitor.NONE) : null;
        MatrixFactorisation mf = method.name().equals("mf")
                ? MatrixFactorisation.trainTuned(training, seed, BuildMonitor.NONE) : null;
        Blend blend = method.name().equals("blend") ? Blend.train(training, seed, BuildMonitor.NONE) : null;
        ItemKnn itemKnn = method.name().equals("item-knn")
                ? ItemKnn.train(training, ItemKnnParams.defaults(), BuildMonitor.NONE) : null;
        double globalMean = recommenders.stats().globalMean();
        double squared = 0;
        double absolute = 0;
        long predictions = 0;
        long fallbacks = 0;
        for (int u = 0; u < all.userCount(); u++) {
            Profile profile = Profile.ofUser(training, all.users().idAt(u)).orElseThrow();
            for (int i = all.userStart(u); i < all.userEnd(u); i++) {
                if (!test.get(i)) {
                    continue;
                }
                int m = all.userMovieAt(i);
                OptionalDouble prediction = switch (method.name()) {
                    case "popular" -> recommenders.stats().votes(m) > 0
                            ? OptionalDouble.of(recommenders.stats().mean(m)) : OptionalDouble.empty();
                    case "knn-basic" -> knnBasic.predict(knnBasic.similarities(profile), m, k);
                    case "genre" -> throw new IllegalArgumentException("genre does not predict");
                    case "baseline" -> OptionalDouble.of(baseline.predict(baseline.userBias(profile), m));
                    case "knn-baseline" -> knnBaseline.predict(knnBaseline.neighbours(profile), m, k);
                    case "mf" -> OptionalDouble.of(mf.predict(u, m));
                    case "blend" -> OptionalDouble.of(blend.predict(blend.neighbours(profile), blend.taste(profile), m));
                    case "item-knn" -> itemKnn.predict(profile, m);
                    default -> {
                        NeighbourParams params = neighbourParams(method, k, n);
                        yield recommenders.neighbours().predict(
                                recommenders.neighbours().neighbourhood(profile, params), params, m);
                    }
                };
                double fallback = switch (method.abilities().fallback()) {
                    case BASELINE -> method.name().equals("item-knn") ? itemKnn.baseline(profile, m)
                            : knnBaseline.baselinePrediction(knnBaseline.neighbours(profile), m);
                    case GLOBAL_MEAN -> globalMean;
                    default -> profile.size() == 0 ? globalMean : profile.mean();
                };
                double error = prediction.orElse(fallback) - all.userRatingAt(i);
                squared += error * error;
                absolute += Math.abs(error);
                predictions++;
                fallbacks += prediction.isEmpty() ? 1 : 0;
            }
        }
        return new Errors(Math.sqrt(squared / predictions), absolute / predictions, predictions, fallbacks);
    }

    /**
     * Every prediction is that of a recommender trained apart on the training part alone, so no
     * held-out rating reaches the recommenders the engine builds.
     */
    @Test
    void predictionsAreThoseOfRecommendersTrainedOnTheTrainingPartAlone() {
        for (Protocol protocol : List.of(new Protocol.Holdout(0.25, 3), new Protocol.KFold(3, 3))) {
            List<BitSet> parts = protocol.testParts(dataset.ratings());
            for (EvalResult result : Evaluation.run(dataset, plan(protocol, 2), EvalMonitor.NONE)) {
                Method method = Methods.named(result.method());
                if (method.abilities().predicts()) {
                    List<Errors> splits = parts.stream()
                            .map(test -> trainedApart(method, result.k(), result.n(), test, protocol.seed())).toList();
                    String what = protocol.describe() + ", " + result.method() + " k " + result.k();
                    assertAll(what,
                            () -> assertEquals(splits.stream().mapToDouble(Errors::rmse).average().orElseThrow(),
                                    result.rmse(), 1e-12),
                            () -> assertEquals(splits.stream().mapToDouble(Errors::mae).average().orElseThrow(),
                                    result.mae(), 1e-12),
                            () -> assertEquals(splits.stream().mapToLong(Errors::predictions).sum(),
                                    result.predictions()),
                            () -> assertEquals(splits.stream().mapToLong(Errors::fallbacks).sum(), result.fallbacks()));
                }
            }
        }
    }

    @Test
    void progressCountsEveryUserOfEverySplitOnceAndEndsAtTheTotal() {
        Queue<long[]> reports = new ConcurrentLinkedQueue<>();
        EvalMonitor monitor = new EvalMonitor() {
            @Override
            public void progress(long done, long total) {
                reports.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        Evaluation.run(dataset, plan(new Protocol.KFold(3, 1), 2), monitor);

        long total = 3L * dataset.ratings().userCount();
        assertThat(reports).allMatch(report -> report[1] == total);
        Set<Long> done = reports.stream().map(report -> report[0]).collect(Collectors.toSet());
        assertEquals(LongStream.rangeClosed(1, total).boxed().collect(Collectors.toSet()), done);
        assertEquals(total, reports.size());
    }

    @Test
    void aCancelledEvaluationStopsWithinAUserPerThread() {
        int threads = 2;
        long cancelAt = 20;
        Queue<Long> reports = new ConcurrentLinkedQueue<>();
        EvalMonitor monitor = new EvalMonitor() {
            private volatile boolean cancelled;

            @Override
            public void progress(long done, long total) {
                reports.add(done);
                if (done >= cancelAt) {
                    cancelled = true;
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };

        assertThrows(EvaluationCancelledException.class,
                () -> Evaluation.run(dataset, plan(new Protocol.KFold(3, 1), threads), monitor));

        assertThat(reports.size()).isBetween((int) cancelAt, (int) cancelAt + threads);
    }

    @Test
    void anEvaluationCancelledBeforeItStartsReportsNoProgress() {
        Queue<Long> reports = new ConcurrentLinkedQueue<>();
        EvalMonitor cancelled = new EvalMonitor() {
            @Override
            public void progress(long done, long total) {
                reports.add(done);
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThrows(EvaluationCancelledException.class,
                () -> Evaluation.run(dataset, plan(new Protocol.Holdout(0.2, 1), 2), cancelled));

        assertThat(reports).isEmpty();
    }

    @Test
    void aSampleScoresThatManyUsersTheSameOnesForTheSameSeed() {
        EvalPlan sampled = new EvalPlan(ALL_METHODS, KS, 5, new Protocol.Holdout(0.3, 9), 2, 40);

        int[] first = Evaluation.scoredUsers(dataset.ratings().userCount(), sampled);
        List<EvalResult> results = Evaluation.run(dataset, sampled, EvalMonitor.NONE);

        assertThat(first).hasSize(40).isSorted().doesNotHaveDuplicates();
        assertThat(Evaluation.scoredUsers(dataset.ratings().userCount(), sampled)).containsExactly(first);
        assertThat(results).allSatisfy(row -> assertThat(row.users()).isBetween(1, 40));
        assertThat(results).isEqualTo(Evaluation.run(dataset, sampled, EvalMonitor.NONE));
        assertThat(Evaluation.scoredUsers(dataset.ratings().userCount(),
                new EvalPlan(ALL_METHODS, KS, 5, new Protocol.Holdout(0.3, 10), 2, 40))).isNotEqualTo(first);
        assertThat(Evaluation.scoredUsers(dataset.ratings().userCount(),
                new EvalPlan(ALL_METHODS, KS, 5, new Protocol.Holdout(0.3, 9), 2, EvalPlan.ALL_USERS)))
                .hasSize(dataset.ratings().userCount());
    }
}
