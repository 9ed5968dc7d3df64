package io.github.movierecommender.cli;

import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.Methods;
import java.util.Iterator;

/** The registered method names, for the options' help ({@code ${COMPLETION-CANDIDATES}}). */
final class MethodNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Methods.all().stream().map(Method::name).iterator();
    }

    /** Only the methods that make lists. */
    static final class Listing implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Methods.all().stream().filter(method -> method.abilities().lists()).map(Method::name).iterator();
        }
    }
}
