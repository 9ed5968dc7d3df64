package io.github.movierecommender.recommend;

/** Solves a small dense linear system by Gaussian elimination with partial pivoting. */
final class Gauss {

    private Gauss() {
    }

    /** {@code augmented} is n rows of n coefficients and the right-hand side; it is overwritten. */
    static double[] solve(double[][] augmented) {
        int n = augmented.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(augmented[r][col]) > Math.abs(augmented[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = augmented[col];
            augmented[col] = augmented[pivot];
            augmented[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double factor = augmented[r][col] / augmented[col][col];
                for (int c = col; c <= n; c++) {
                    augmented[r][c] -= factor * augmented[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = augmented[r][n];
            for (int c = r + 1; c < n; c++) {
                sum -= augmented[r][c] * x[c];
            }
            x[r] = sum / augmented[r][r];
        }
        return x;
    }
}
