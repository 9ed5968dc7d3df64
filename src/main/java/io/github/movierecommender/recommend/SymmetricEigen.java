package io.github.movierecommender.recommend;

/**
 * The eigen-decomposition A = V Λ Vᵀ of a symmetric f × f matrix (row-major) by cyclic Jacobi
 * rotations: {@code vectors} holds the eigenvectors as columns, {@code values} the eigenvalues in
 * the same order. Deterministic: the same matrix gives the same result, bit for bit.
 */
record SymmetricEigen(double[] values, double[] vectors) {

    private static final int MAX_SWEEPS = 60;

    static SymmetricEigen of(double[] matrix, int f) {
        double[] a = matrix.clone();
        double[] v = new double[f * f];
        for (int i = 0; i < f; i++) {
            v[i * f + i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a, f) > 1e-24 * diagonal(a, f); sweep++) {
            for (int p = 0; p < f - 1; p++) {
                for (int q = p + 1; q < f; q++) {
                    if (a[p * f + q] != 0) {
                        rotate(a, v, f, p, q);
                    }
                }
            }
        }
        double[] values = new double[f];
        for (int i = 0; i < f; i++) {
            values[i] = a[i * f + i];
        }
        return new SymmetricEigen(values, v);
    }

    /** Zeroes a[p][q] by the rotation J with J_pp = J_qq = c, J_pq = s, J_qp = −s: A ← Jᵀ A J, V ← V J. */
    private static void rotate(double[] a, double[] v, int f, int p, int q) {
        double theta = (a[q * f + q] - a[p * f + p]) / (2 * a[p * f + q]);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < f; k++) {
            double kp = a[k * f + p];
            double kq = a[k * f + q];
            a[k * f + p] = c * kp - s * kq;
            a[k * f + q] = s * kp + c * kq;
        }
        for (int k = 0; k < f; k++) {
            double pk = a[p * f + k];
            double qk = a[q * f + k];
            a[p * f + k] = c * pk - s * qk;
            a[q * f + k] = s * pk + c * qk;
        }
        for (int k = 0; k < f; k++) {
            double kp = v[k * f + p];
            double kq = v[k * f + q];
            v[k * f + p] = c * kp - s * kq;
            v[k * f + q] = s * kp + c * kq;
        }
    }

    private static double offDiagonal(double[] a, int f) {
        double sum = 0;
        for (int i = 0; i < f; i++) {
            for (int j = 0; j < f; j++) {
                if (i != j) {
                    sum += a[i * f + j] * a[i * f + j];
                }
            }
        }
        return sum;
    }

    private static double diagonal(double[] a, int f) {
        double sum = 0;
        for (int i = 0; i < f; i++) {
            sum += a[i * f + i] * a[i * f + i];
        }
        return sum;
    }
}
