package io.github.movierecommender.synth;

/**
 * SplitMix64 with its own doubles and Gaussians in {@link StrictMath}, so the demo's files come out
 * byte for byte the same on every JDK: the committed output must never depend on the runtime.
 */
final class DemoRandom {

    private long state;

    DemoRandom(long seed) {
        this.state = seed;
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) (nextDouble() * bound);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** Standard normal, by Box–Muller. */
    double nextGaussian() {
        double radius = StrictMath.sqrt(-2 * StrictMath.log(1 - nextDouble()));
        return radius * StrictMath.cos(2 * StrictMath.PI * nextDouble());
    }
}
