package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.recommend.NeighbourMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * The methods of the shown lists that train before they list (their abilities say so), in tab
     * order: each is trained once per dataset, beside the other work.
     */
    public Set<Method> trained() {
        Set<Method> trained = new LinkedHashSet<>();
        for (ShownList list : shown) {
            for (NeighbourMode mode : NeighbourMode.values()) {
                Method method = methodFor(list, mode);
                if (method.abilities().trainsFirst()) {
                    trained.add(method);
                }
            }
        }
        return trained;
    }

    /** The method making {@code list} for {@code request}: the neighbour method follows the left panel. */
    public Method methodFor(ShownList list, RecommendationRequest request) {
        return methodFor(list, request.mode());
    }

    /** The method making {@code list} in the neighbour mode {@code mode}. */
    public Method methodFor(ShownList list, NeighbourMode mode) {
        return isNeighbour(list) ? Methods.neighbours(mode, null) : method(list);
    }

    private Method method(ShownList list) {
        return registry.apply(list.method())
                .orElseThrow(() -> new IllegalArgumentException("unknown method '" + list.method() + "'"));
    }

    private static boolean isNeighbour(ShownList list) {
        return list.method().equals(Methods.DEFAULT_NEIGHBOURS);
    }
}
