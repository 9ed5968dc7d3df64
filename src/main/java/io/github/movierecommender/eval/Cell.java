package io.github.movierecommender.eval;

import io.github.movierecommender.recommend.Method;

/** A method at one neighbourhood size; k is 0 for methods that have none. */
record Cell(Method method, int k) {
}
