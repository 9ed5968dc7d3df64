package io.github.movierecommender.recommend;

/**
 * Biased matrix factorisation by stochastic gradient descent: the number of latent factors, the
 * step size, the L2 penalty on biases and factors per rating seen, the passes over the ratings and
 * the seed of the initial factors and of each pass's order.
 */
public record MfParams(int factors, double learningRate, double regularisation, int epochs, long seed) {

    public MfParams {
        if (factors < 1 || learningRate <= 0 || regularisation < 0 || epochs < 1) {
            throw new IllegalArgumentException("factors and epochs must be at least 1, the learning rate above 0 "
                    + "and the regularisation at least 0");
        }
    }

    public MfParams withRegularisation(double value) {
        return new MfParams(factors, learningRate, value, epochs, seed);
    }

    public MfParams withEpochs(int value) {
        return new MfParams(factors, learningRate, regularisation, value, seed);
    }
}
