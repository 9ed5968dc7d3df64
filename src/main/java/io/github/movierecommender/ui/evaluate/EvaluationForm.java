package io.github.movierecommender.ui.evaluate;

import io.github.movierecommender.eval.EvalPlan;
import io.github.movierecommender.eval.Protocol;
import io.github.movierecommender.recommend.Method;
import io.github.movierecommender.recommend.Methods;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the Evaluation tab's form holds, and the plan it makes; a problem is a message key with its argument. */
public final class EvaluationForm {

    public enum ProtocolKind { HOLDOUT, KFOLD }

    /** Why the form cannot make a plan: a message key and what to show in it. */
    public record Problem(String key, Object argument) {
    }

    static final String DEFAULT_KS = "5, 10, 20, 40, 60, 80, 100";
    static final int MAX_K = 1000;

    /** The methods chosen when nothing was saved. */
    static final Set<String> FIRST_CHOICE = Set.of("popular", "genre", "knn-tutorial", Methods.DEFAULT_NEIGHBOUR_METHOD);
    private static final String SURPRISE_METHOD = "knn-basic";

    /** One switch per registered method, in the registry's order, named "method." and the method's name. */
    private final Map<Method, BooleanProperty> chosen = new LinkedHashMap<>();
    private final StringProperty ks = new SimpleStringProperty(this, "ks", DEFAULT_KS);
    private final IntegerProperty n = new SimpleIntegerProperty(this, "n", 10);
    private final ObjectProperty<ProtocolKind> protocol =
            new SimpleObjectProperty<>(this, "protocol", ProtocolKind.HOLDOUT);
    private final IntegerProperty folds = new SimpleIntegerProperty(this, "folds", 5);
    private final IntegerProperty heldOutPercent = new SimpleIntegerProperty(this, "heldOutPercent", 20);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 42);
    private final IntegerProperty sampledUsers = new SimpleIntegerProperty(this, "sampledUsers", EvalPlan.ALL_USERS);

    public EvaluationForm() {
        for (Method method : Methods.all()) {
            chosen.put(method, new SimpleBooleanProperty(this, "method." + method.name(),
                    FIRST_CHOICE.contains(method.name())));
        }
    }

    /** Puts back the form saved in {@code node}; what is missing or unreadable keeps its default. */
    public void restore(Preferences node) {
        for (BooleanProperty method : chosen.values()) {
            method.set(node.getBoolean(method.getName(), method.get()));
        }
        ks.set(node.get(ks.getName(), ks.get()));
        protocol.set(choice(ProtocolKind.class, node.get(protocol.getName(), null), protocol.get()));
        restoreWithin(node, n, 1, 100);
        restoreWithin(node, folds, 2, 20);
        restoreWithin(node, heldOutPercent, 1, 99);
        restoreWithin(node, seed, 0, Integer.MAX_VALUE);
        restoreWithin(node, sampledUsers, 0, Integer.MAX_VALUE);
    }

    public void save(Preferences node) {
        for (BooleanProperty method : chosen.values()) {
            node.putBoolean(method.getName(), method.get());
        }
        node.put(ks.getName(), ks.get());
        node.put(protocol.getName(), protocol.get().name());
        for (IntegerProperty number : List.of(n, folds, heldOutPercent, seed, sampledUsers)) {
            node.putInt(number.getName(), number.get());
        }
    }

    private static void restoreWithin(Preferences node, IntegerProperty number, int min, int max) {
        int saved = node.getInt(number.getName(), number.get());
        number.set(saved >= min && saved <= max ? saved : number.get());
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String saved, E fallback) {
        try {
            return saved == null ? fallback : Enum.valueOf(type, saved);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** Surprise's benchmark protocol: 5-fold cross-validation of KNNBasic (MSD) with k = 40. */
    public void useSurpriseProtocol() {
        chosen.forEach((method, on) -> on.set(method.name().equals(SURPRISE_METHOD)));
        ks.set("40");
        protocol.set(ProtocolKind.KFOLD);
        folds.set(5);
    }

    /** Every registered method, each at the same k values. */
    public void chooseEveryMethod() {
        chosen.values().forEach(on -> on.set(true));
    }

    public Optional<Problem> problem() {
        List<Integer> kValues = parseKs(ks.get());
        if (methods().isEmpty()) {
            return Optional.of(new Problem("evaluate.problem.noMethod", ""));
        }
        if (kValues.isEmpty()) {
            return Optional.of(new Problem("evaluate.problem.ks", ks.get()));
        }
        return Optional.empty();
    }

    /** The plan of a form without a {@link #problem()}. */
    public EvalPlan plan(int threads) {
        Protocol split = protocol.get() == ProtocolKind.KFOLD
                ? new Protocol.KFold(folds.get(), seed.get())
                : new Protocol.Holdout(heldOutPercent.get() / 100.0, seed.get());
        return new EvalPlan(methods(), parseKs(ks.get()), n.get(), split, threads, sampledUsers.get());
    }

    private List<Method> methods() {
        return chosen.entrySet().stream().filter(entry -> entry.getValue().get()).map(Map.Entry::getKey).toList();
    }

    /** Whole numbers from 1 to {@value #MAX_K} separated by commas or spaces; empty when anything else is there. */
    static List<Integer> parseKs(String text) {
        List<Integer> values = new ArrayList<>();
        for (String part : text.trim().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                int k = Integer.parseInt(part);
                if (k < 1 || k > MAX_K) {
                    return List.of();
                }
                values.add(k);
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return values.stream().distinct().sorted().toList();
    }

    /** Whether the registered method of this name is evaluated. */
    public BooleanProperty methodProperty(String name) {
        return chosen.get(Methods.named(name));
    }

    public List<Method> choices() {
        return List.copyOf(chosen.keySet());
    }

    public StringProperty ksProperty() {
        return ks;
    }

    public IntegerProperty nProperty() {
        return n;
    }

    public ObjectProperty<ProtocolKind> protocolProperty() {
        return protocol;
    }

    public IntegerProperty foldsProperty() {
        return folds;
    }

    public IntegerProperty heldOutPercentProperty() {
        return heldOutPercent;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    /** How many users are scored, drawn with the seed; {@link EvalPlan#ALL_USERS} for every one. */
    public IntegerProperty sampledUsersProperty() {
        return sampledUsers;
    }
}
