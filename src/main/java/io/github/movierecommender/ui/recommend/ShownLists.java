package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.Methods;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The lists of {@link ShownList#ALL} whose methods a registry knows, and the method of each. */
public final class ShownLists {

    private final Function<String, Optional<Method>> registry;
    private final List<ShownList> shown;

    /** {@code registry} finds a method by its name, as {@link Methods#find} does. */
    public ShownLists(Function<String, Optional<Method>> registry) {
        this.registry = registry;
        this.shown = ShownList.ALL.stream().filter(list -> isNeighbour(list) || registry.apply(list.method()).isPresent())
                .toList();
    }

    /** The lists of the app's registry, {@link Methods}. */
    public static ShownLists ofRegistry() {
        return new ShownLists(Methods::find);
    }

    /** The lists shown, in tab order. */
    public List<ShownList> shown() {
        return shown;
    }

    /** The lists shown whose methods train before they list. */
    public List<ShownList> trained() {
        return shown.stream().filter(ShownList::trainsFirst).toList();
    }

    /** The method making {@code list} for {@code request}: the neighbour method follows the left panel. */
    public Method methodFor(ShownList list, RecommendationRequest request) {
        return isNeighbour(list) ? request.neighbourMethod() : method(list);
    }

    /** The method of a list that does not depend on the request. */
    public Method method(ShownList list) {
        return registry.apply(list.method())
                .orElseThrow(() -> new IllegalArgumentException("unknown method '" + list.method() + "'"));
    }

    private static boolean isNeighbour(ShownList list) {
        return list.method().equals(Methods.DEFAULT_NEIGHBOURS);
    }
}
