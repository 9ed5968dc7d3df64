package io.github.movierecommender.eval;

/** A method at one neighbourhood size; k is 0 for methods that have none. */
record Cell(EvalMethod method, int k) {
}
