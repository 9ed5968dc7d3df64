package io.github.movierecommender.recommend;

/** A symmetric positive-definite system A x = b solved through A = L Lᵀ; A is row-major, f × f. */
final class Cholesky {

    private final int size;
    private final double[] lower;

    /** Factors {@code matrix}, which it does not change; fails when the matrix is not positive definite. */
    Cholesky(double[] matrix, int size) {
        this.size = size;
        this.lower = new double[size * size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = matrix[i * size + j];
                for (int k = 0; k < j; k++) {
                    sum -= lower[i * size + k] * lower[j * size + k];
                }
                if (i == j) {
                    if (sum <= 0) {
                        throw new IllegalArgumentException("matrix is not positive definite");
                    }
                    lower[i * size + i] = Math.sqrt(sum);
                } else {
                    lower[i * size + j] = sum / lower[j * size + j];
                }
            }
        }
    }

    /** x with A x = b. */
    double[] solve(double[] b) {
        double[] x = b.clone();
        for (int i = 0; i < size; i++) {
            double sum = x[i];
            for (int k = 0; k < i; k++) {
                sum -= lower[i * size + k] * x[k];
            }
            x[i] = sum / lower[i * size + i];
        }
        for (int i = size - 1; i >= 0; i--) {
            double sum = x[i];
            for (int k = i + 1; k < size; k++) {
                sum -= lower[k * size + i] * x[k];
            }
            x[i] = sum / lower[i * size + i];
        }
        return x;
    }
}
