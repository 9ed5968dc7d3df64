package io.github.movierecommender.recommend;

import io.github.movierecommender.data.Ratings;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The factor matrices of implicit ALS while they are trained (Hu, Koren and Volinsky 2008, with the
 * conjugate-gradient steps of Takács et al. 2011, two per row and pass, preconditioned by the
 * system's diagonal). Each pass solves every movie's factors from the
 * users' and then every user's from the movies', each row on its own, so rows run in parallel and
 * the result does not depend on the number of threads.
 */
final class AlsFactors {

    private static final int CONJUGATE_GRADIENT_STEPS = 2;
    private static final int GRAM_BLOCK = 2048;
    private static final int USER_BLOCK = 8;
    /** Rows turned together: their columns, {@code f} of this length, stay in the core's cache. */
    private static final int TURN_TILE = 256;
    /** Movies scored together for a block of users: the block's scores of them stay in the fastest cache. */
    private static final int MOVIE_TILE = 256;
    private static final double INITIAL_SCALE = 0.01;
    /** 2.5 stars: the rating that says least either way. */
    private static final int NEUTRAL_HALF_STARS = 5;
    private static final int LIKED_HALF_STARS = 6;

    private final Ratings ratings;
    private final ImplicitAlsParams params;
    private final int f;
    final double[] users;
    final double[] movies;

    AlsFactors(Ratings ratings, ImplicitAlsParams params) {
        this.ratings = ratings;
        this.params = params;
        this.f = params.factors();
        this.users = new double[ratings.userCount() * f];
        this.movies = new double[ratings.movieCount() * f];
        IntStream.range(0, ratings.userCount()).parallel().forEach(u -> {
            SplittableRandom random = new SplittableRandom(params.seed() * 0x9E3779B97F4A7C15L + u);
            for (int a = 0; a < f; a++) {
                users[u * f + a] = INITIAL_SCALE * random.nextGaussian();
            }
        });
    }

    /**
     * One pass: movies from users, then users from movies. Before each half both sides turn to the
     * eigenvectors of the fixed side's gram matrix (dot products, and so scores, do not change), so
     * that the gram matrix each row's system adds is diagonal: the eigenvalues.
     */
    void iterate(BuildMonitor monitor) {
        double[] shiftedUserGram = turnToEigenvectors(users, ratings.userCount());
        IntStream.range(0, ratings.movieCount()).parallel().forEach(m -> {
            if (m % 256 == 0) {
                monitor.stopIfCancelled();
            }
            solveMovie(m, shiftedUserGram);
        });
        solveUsers(monitor);
    }

    /** The second half of a pass alone: every user's factors from the movies'. */
    void solveUsers(BuildMonitor monitor) {
        double[] shiftedMovieGram = turnToEigenvectors(movies, ratings.movieCount());
        IntStream.range(0, ratings.userCount()).parallel().forEach(u -> {
            if (u % 256 == 0) {
                monitor.stopIfCancelled();
            }
            solveUser(u, shiftedMovieGram);
        });
    }

    /**
     * Turns both sides to the eigenvectors of the gram matrix of {@code fixed}; returns its
     * eigenvalues plus lambda, the diagonal every row's system starts from.
     */
    private double[] turnToEigenvectors(double[] fixed, int count) {
        SymmetricEigen eigen = SymmetricEigen.of(gram(fixed, count), f);
        turn(users, ratings.userCount(), eigen.vectors());
        turn(movies, ratings.movieCount(), eigen.vectors());
        double[] shifted = eigen.values().clone();
        for (int a = 0; a < f; a++) {
            shifted[a] += params.lambda();
        }
        return shifted;
    }

    /**
     * Each row x becomes x V. A tile of rows is copied column by column into arrays of their own,
     * so that each entry of the result is a sum along columns indexed alike, which the JIT computes
     * several rows at a time (it does not when an array is read at an offset).
     */
    private void turn(double[] factors, int count, double[] basis) {
        IntStream.range(0, (count + TURN_TILE - 1) / TURN_TILE).parallel().forEach(tile -> {
            int from = tile * TURN_TILE;
            int rows = Math.min(count, from + TURN_TILE) - from;
            double[][] columns = new double[f][rows];
            for (int r = 0; r < rows; r++) {
                for (int a = 0; a < f; a++) {
                    columns[a][r] = factors[(from + r) * f + a];
                }
            }
            double[] turned = new double[rows];
            for (int b = 0; b < f; b++) {
                Arrays.fill(turned, 0);
                for (int a = 0; a < f; a++) {
                    double weight = basis[a * f + b];
                    double[] column = columns[a];
                    for (int r = 0; r < rows; r++) {
                        turned[r] += weight * column[r];
                    }
                }
                for (int r = 0; r < rows; r++) {
                    factors[(from + r) * f + b] = turned[r];
                }
            }
        });
    }

    /**
     * How sure a rating makes the model: 1 + alpha · |2 · stars − 5|, growing with the distance from
     * 2.5 stars, so a 5-star and a half-star rating both weigh much and a 2.5 little.
     */
    static double confidence(ImplicitAlsParams params, int halfStars) {
        return 1 + params.alpha() * Math.abs(halfStars - NEUTRAL_HALF_STARS);
    }

    /** 1, "likes it", for 3 stars or more; 0, "does not", below (as for a movie not rated). */
    static double preference(int halfStars) {
        return halfStars >= LIKED_HALF_STARS ? 1 : 0;
    }

    private AlsFactors(AlsFactors original, Ratings ratings, ImplicitAlsParams params) {
        this.ratings = ratings;
        this.params = params;
        this.f = original.f;
        this.users = original.users.clone();
        this.movies = original.movies.clone();
    }

    /** A copy of the current factors, which later passes on this one leave alone. */
    AlsFactors snapshot() {
        return new AlsFactors(this, ratings, params);
    }

    /**
     * A copy of the current factors that later passes train on {@code other} ratings (with the same
     * users and movies, indexed alike) with {@code other} settings (the same number of factors).
     */
    AlsFactors continuedWith(Ratings other, ImplicitAlsParams otherParams) {
        if (other.userCount() != ratings.userCount() || other.movieCount() != ratings.movieCount()
                || otherParams.factors() != f) {
            throw new IllegalArgumentException("ALS can only continue on the same users, movies and factors");
        }
        return new AlsFactors(this, other, otherParams);
    }

    /**
     * The best {@code size} movies of each of {@code chosen} users among those with ratings that the
     * user has not rated, with their scores, from the current factors in single precision (enough
     * to rank, and twice as many at a time as in double precision). Users are scored
     * {@link #USER_BLOCK} at a time against the movies' factors copied column by column, so each
     * column is read once per block and each score is a sum along columns indexed alike, which the
     * JIT computes several movies at a time.
     */
    ListSpread.Candidates candidates(int[] chosen, int size) {
        int[] listable = IntStream.range(0, ratings.movieCount()).filter(m -> ratings.movieRatingCount(m) > 0)
                .toArray();
        int length = listable.length;
        float[][] columns = new float[f][length];
        for (int j = 0; j < length; j++) {
            for (int a = 0; a < f; a++) {
                columns[a][j] = (float) movies[listable[j] * f + a];
            }
        }
        int[][] best = new int[ratings.userCount()][];
        double[][] scores = new double[ratings.userCount()][];
        IntStream.range(0, (chosen.length + USER_BLOCK - 1) / USER_BLOCK).parallel().forEach(block -> {
            int from = block * USER_BLOCK;
            int width = Math.min(chosen.length, from + USER_BLOCK) - from;
            float[][] score = new float[width][length];
            for (int start = 0; start < length; start += MOVIE_TILE) {
                for (int i = 0; i < width; i++) {
                    addScores(score[i], chosen[from + i], columns, start, Math.min(length, start + MOVIE_TILE));
                }
            }
            for (int i = 0; i < width; i++) {
                int u = chosen[from + i];
                BestScores.Sorted top = best(u, size, listable, score[i]);
                best[u] = top.ids();
                scores[u] = top.scores();
            }
        });
        return new ListSpread.Candidates(best, scores);
    }

    /** Adds to {@code score} user u's scores of the movies whose columns run from {@code start} to {@code end}. */
    private void addScores(float[] score, int u, float[][] columns, int start, int end) {
        int at = u * f;
        for (int a = 0; a < f; a++) {
            float weight = (float) users[at + a];
            float[] column = columns[a];
            for (int j = start; j < end; j++) {
                score[j] += weight * column[j];
            }
        }
    }

    /** User u's best {@code n} of the {@code listable} movies by {@code score} (index alike), leaving out those u has rated. */
    private BestScores.Sorted best(int u, int n, int[] listable, float[] score) {
        boolean[] rated = new boolean[ratings.movieCount()];
        for (int i = ratings.userStart(u); i < ratings.userEnd(u); i++) {
            rated[ratings.userMovieAt(i)] = true;
        }
        BestScores best = new BestScores(n);
        for (int j = 0; j < listable.length; j++) {
            if (!rated[listable[j]]) {
                best.offer(listable[j], score[j]);
            }
        }
        return best.sorted();
    }

    private void solveMovie(int m, double[] shiftedUserGram) {
        int start = ratings.movieStart(m);
        int end = ratings.movieEnd(m);
        if (start == end) {
            Arrays.fill(movies, m * f, m * f + f, 0);
            return;
        }
        int[] rows = new int[end - start];
        double[] confidence = new double[end - start];
        double[] preference = new double[end - start];
        for (int i = start; i < end; i++) {
            rows[i - start] = ratings.movieUserAt(i);
            confidence[i - start] = confidence(params, ratings.movieHalfStarsAt(i));
            preference[i - start] = preference(ratings.movieHalfStarsAt(i));
        }
        conjugateGradient(movies, m, users, rows, confidence, preference, shiftedUserGram);
    }

    private void solveUser(int u, double[] shiftedMovieGram) {
        int start = ratings.userStart(u);
        int end = ratings.userEnd(u);
        int[] rows = new int[end - start];
        double[] confidence = new double[end - start];
        double[] preference = new double[end - start];
        for (int i = start; i < end; i++) {
            rows[i - start] = ratings.userMovieAt(i);
            confidence[i - start] = confidence(params, ratings.userHalfStarsAt(i));
            preference[i - start] = preference(ratings.userHalfStarsAt(i));
        }
        conjugateGradient(users, u, movies, rows, confidence, preference, shiftedMovieGram);
    }

    /**
     * Improves row {@code row} of {@code target} towards the solution of
     * (D + Σ (c − 1) y yᵀ + λ I) x = Σ c p y, starting from its current value, by conjugate
     * gradients preconditioned with the system's diagonal; y are the {@code other} rows the entries
     * name, D the diagonal gram matrix of all of {@code other}, {@code shiftedGram} D + λ I.
     */
    private void conjugateGradient(double[] target, int row, double[] other, int[] rows, double[] confidence,
                                   double[] preference, double[] shiftedGram) {
        int offset = row * f;
        double[] x = Arrays.copyOfRange(target, offset, offset + f);
        double[] residual = negatedProduct(shiftedGram, x);
        double[] inverseDiagonal = shiftedGram.clone();
        addRatedTerms(x, residual, inverseDiagonal, other, rows, confidence, preference);
        invert(inverseDiagonal);
        double[] preconditioned = product(inverseDiagonal, residual);
        double[] direction = preconditioned.clone();
        double residualDot = dot(residual, preconditioned);
        for (int step = 0; step < CONJUGATE_GRADIENT_STEPS && residualDot > 1e-20; step++) {
            double[] product = product(shiftedGram, direction);
            addRatedProduct(direction, product, other, rows, confidence);
            double stepSize = residualDot / dot(direction, product);
            step(x, residual, preconditioned, stepSize, direction, product, inverseDiagonal);
            double next = dot(residual, preconditioned);
            turnDirection(direction, preconditioned, next / residualDot);
            residualDot = next;
        }
        System.arraycopy(x, 0, target, offset, f);
    }

    /*
     * The conjugate gradients' loops along the factors, each a method of its own: the JIT compiles
     * each once, quickly, where loops in the method above made it compile that method again for each.
     */

    private static double[] negatedProduct(double[] first, double[] second) {
        double[] result = new double[first.length];
        for (int a = 0; a < result.length; a++) {
            result[a] = -first[a] * second[a];
        }
        return result;
    }

    private static double[] product(double[] first, double[] second) {
        double[] result = new double[first.length];
        for (int a = 0; a < result.length; a++) {
            result[a] = first[a] * second[a];
        }
        return result;
    }

    private static void invert(double[] values) {
        for (int a = 0; a < values.length; a++) {
            values[a] = 1 / values[a];
        }
    }

    private static void step(double[] x, double[] residual, double[] preconditioned, double stepSize,
                             double[] direction, double[] product, double[] inverseDiagonal) {
        for (int a = 0; a < x.length; a++) {
            x[a] += stepSize * direction[a];
            residual[a] -= stepSize * product[a];
            preconditioned[a] = inverseDiagonal[a] * residual[a];
        }
    }

    private static void turnDirection(double[] direction, double[] preconditioned, double beta) {
        for (int a = 0; a < direction.length; a++) {
            direction[a] = preconditioned[a] + beta * direction[a];
        }
    }

    /**
     * Adds Σ (c p − (c − 1) yᵀx) y to {@code residual} and Σ (c − 1) y² to {@code diagonal}, over
     * the rated rows y of {@code other}. Each y is copied to an array of its own first, so that the
     * JIT computes the sums along it several factors at a time; this and the product are methods
     * of their own, which the JIT compiles apart from the steps, quickly.
     */
    private void addRatedTerms(double[] x, double[] residual, double[] diagonal, double[] other, int[] rows,
                               double[] confidence, double[] preference) {
        double[] y = new double[f];
        for (int e = 0; e < rows.length; e++) {
            System.arraycopy(other, rows[e] * f, y, 0, f);
            double weight = confidence[e] * preference[e] - (confidence[e] - 1) * dot(y, x);
            double extra = confidence[e] - 1;
            for (int a = 0; a < f; a++) {
                residual[a] += weight * y[a];
                diagonal[a] += extra * y[a] * y[a];
            }
        }
    }

    /** Adds Σ (c − 1) (yᵀ d) y to {@code product}, over the rated rows y of {@code other}; d is {@code direction}. */
    private void addRatedProduct(double[] direction, double[] product, double[] other, int[] rows,
                                 double[] confidence) {
        double[] y = new double[f];
        for (int e = 0; e < rows.length; e++) {
            System.arraycopy(other, rows[e] * f, y, 0, f);
            double weight = (confidence[e] - 1) * dot(y, direction);
            for (int a = 0; a < f; a++) {
                product[a] += weight * y[a];
            }
        }
    }

    /**
     * Yᵀ Y of the first {@code count} rows, summed block by block in a fixed order; each row is
     * copied to an array of its own and added to every row of the sum, which the JIT then does
     * several entries at a time.
     */
    double[] gram(double[] factors, int count) {
        int blocks = (count + GRAM_BLOCK - 1) / GRAM_BLOCK;
        double[][][] partial = new double[blocks][][];
        IntStream.range(0, blocks).parallel().forEach(b -> {
            double[][] sum = new double[f][f];
            double[] y = new double[f];
            for (int r = b * GRAM_BLOCK; r < Math.min(count, (b + 1) * GRAM_BLOCK); r++) {
                System.arraycopy(factors, r * f, y, 0, f);
                for (int a = 0; a < f; a++) {
                    double value = y[a];
                    double[] sumRow = sum[a];
                    for (int c = 0; c < f; c++) {
                        sumRow[c] += value * y[c];
                    }
                }
            }
            partial[b] = sum;
        });
        double[] total = new double[f * f];
        for (double[][] sum : partial) {
            for (int a = 0; a < f; a++) {
                for (int c = 0; c < f; c++) {
                    total[a * f + c] += sum[a][c];
                }
            }
        }
        return total;
    }

    /**
     * Eight running sums, so that the additions need not wait for one another (the JIT does not
     * compute a sum of products several at a time itself).
     */
    private static double dot(double[] first, double[] second) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int a = 0;
        int length = first.length;
        for (; a + 7 < length; a += 8) {
            s0 += first[a] * second[a];
            s1 += first[a + 1] * second[a + 1];
            s2 += first[a + 2] * second[a + 2];
            s3 += first[a + 3] * second[a + 3];
            s4 += first[a + 4] * second[a + 4];
            s5 += first[a + 5] * second[a + 5];
            s6 += first[a + 6] * second[a + 6];
            s7 += first[a + 7] * second[a + 7];
        }
        for (; a < length; a++) {
            s0 += first[a] * second[a];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
