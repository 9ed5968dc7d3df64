package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

    /** [[2, 1], [1, 2]] has eigenvalues 1 and 3, with eigenvectors (1, −1)/√2 and (1, 1)/√2. */
    @Test
    void solvesATwoByTwoMatrixByHand() {
        SymmetricEigen eigen = SymmetricEigen.of(new double[] {2, 1, 1, 2}, 2);

        double[] values = eigen.values().clone();
        Arrays.sort(values);
        assertThat(values).containsExactly(new double[] {1, 3}, offset(1e-12));
        for (int column = 0; column < 2; column++) {
            double x = eigen.vectors()[column];
            double y = eigen.vectors()[2 + column];
            double value = eigen.values()[column];
            assertEquals(value * x, 2 * x + y, 1e-12);
            assertEquals(value * y, x + 2 * y, 1e-12);
        }
    }

    /** A gram matrix, as ALS turns to, is V Λ Vᵀ with V orthonormal; the same matrix gives the same bits. */
    @Test
    void rebuildsAGramMatrixFromOrthonormalEigenvectorsAndIsDeterministic() {
        int f = 7;
        double[] rows = new SplittableRandom(3).doubles(40L * f, -1, 1).toArray();
        double[] gram = new double[f * f];
        for (int r = 0; r < 40; r++) {
            for (int a = 0; a < f; a++) {
                for (int b = 0; b < f; b++) {
                    gram[a * f + b] += rows[r * f + a] * rows[r * f + b];
                }
            }
        }

        SymmetricEigen eigen = SymmetricEigen.of(gram, f);

        double[] v = eigen.vectors();
        for (int a = 0; a < f; a++) {
            for (int b = 0; b < f; b++) {
                double rebuilt = 0;
                double identity = 0;
                for (int k = 0; k < f; k++) {
                    rebuilt += v[a * f + k] * eigen.values()[k] * v[b * f + k];
                    identity += v[k * f + a] * v[k * f + b];
                }
                assertEquals(gram[a * f + b], rebuilt, 1e-10, "A[" + a + "][" + b + "]");
                assertEquals(a == b ? 1 : 0, identity, 1e-12, "VᵀV[" + a + "][" + b + "]");
            }
        }
        assertThat(Arrays.stream(eigen.values()).boxed()).allSatisfy(value -> assertThat(value).isPositive());
        SymmetricEigen again = SymmetricEigen.of(gram, f);
        assertThat(again.values()).containsExactly(eigen.values());
        assertThat(again.vectors()).containsExactly(eigen.vectors());
    }
}
