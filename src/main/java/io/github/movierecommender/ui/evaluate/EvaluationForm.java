package io.github.movierecommender.ui.evaluate;

import io.github.movierecommender.eval.EvalMethod;
import io.github.movierecommender.eval.EvalPlan;
import io.github.movierecommender.eval.Protocol;
import io.github.movierecommender.recommend.Measure;
import java.util.ArrayList;
import java.util.List;
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

    private final BooleanProperty popular = new SimpleBooleanProperty(this, "popular", true);
    private final BooleanProperty genre = new SimpleBooleanProperty(this, "genre", true);
    private final BooleanProperty tutorial = new SimpleBooleanProperty(this, "tutorial", true);
    private final BooleanProperty neighbours = new SimpleBooleanProperty(this, "neighbours", true);
    private final BooleanProperty knnBasic = new SimpleBooleanProperty(this, "knnBasic", false);
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(this, "measure", Measure.PEARSON);
    private final StringProperty ks = new SimpleStringProperty(this, "ks", DEFAULT_KS);
    private final IntegerProperty n = new SimpleIntegerProperty(this, "n", 10);
    private final ObjectProperty<ProtocolKind> protocol =
            new SimpleObjectProperty<>(this, "protocol", ProtocolKind.HOLDOUT);
    private final IntegerProperty folds = new SimpleIntegerProperty(this, "folds", 5);
    private final IntegerProperty heldOutPercent = new SimpleIntegerProperty(this, "heldOutPercent", 20);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 42);
    private final IntegerProperty sampledUsers = new SimpleIntegerProperty(this, "sampledUsers", EvalPlan.ALL_USERS);

    /** Puts back the form saved in {@code node}; what is missing or unreadable keeps its default. */
    public void restore(Preferences node) {
        for (BooleanProperty method : methodSwitches()) {
            method.set(node.getBoolean(method.getName(), method.get()));
        }
        measure.set(choice(Measure.class, node.get(measure.getName(), null), measure.get()));
        ks.set(node.get(ks.getName(), ks.get()));
        protocol.set(choice(ProtocolKind.class, node.get(protocol.getName(), null), protocol.get()));
        restoreWithin(node, n, 1, 100);
        restoreWithin(node, folds, 2, 20);
        restoreWithin(node, heldOutPercent, 1, 99);
        restoreWithin(node, seed, 0, Integer.MAX_VALUE);
        restoreWithin(node, sampledUsers, 0, Integer.MAX_VALUE);
    }

    public void save(Preferences node) {
        for (BooleanProperty method : methodSwitches()) {
            node.putBoolean(method.getName(), method.get());
        }
        node.put(measure.getName(), measure.get().name());
        node.put(ks.getName(), ks.get());
        node.put(protocol.getName(), protocol.get().name());
        for (IntegerProperty number : List.of(n, folds, heldOutPercent, seed, sampledUsers)) {
            node.putInt(number.getName(), number.get());
        }
    }

    private List<BooleanProperty> methodSwitches() {
        return List.of(popular, genre, tutorial, neighbours, knnBasic);
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
        popular.set(false);
        genre.set(false);
        tutorial.set(false);
        neighbours.set(false);
        knnBasic.set(true);
        ks.set("40");
        protocol.set(ProtocolKind.KFOLD);
        folds.set(5);
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

    private List<EvalMethod> methods() {
        List<EvalMethod> methods = new ArrayList<>();
        if (popular.get()) {
            methods.add(EvalMethod.of(EvalMethod.Kind.POPULAR));
        }
        if (genre.get()) {
            methods.add(EvalMethod.of(EvalMethod.Kind.GENRE));
        }
        if (tutorial.get()) {
            methods.add(EvalMethod.of(EvalMethod.Kind.KNN_TUTORIAL));
        }
        if (neighbours.get()) {
            methods.add(new EvalMethod(EvalMethod.Kind.KNN, measure.get()));
        }
        if (knnBasic.get()) {
            methods.add(EvalMethod.of(EvalMethod.Kind.KNN_BASIC));
        }
        return methods;
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

    public BooleanProperty popularProperty() {
        return popular;
    }

    public BooleanProperty genreProperty() {
        return genre;
    }

    public BooleanProperty tutorialProperty() {
        return tutorial;
    }

    public BooleanProperty neighboursProperty() {
        return neighbours;
    }

    public BooleanProperty knnBasicProperty() {
        return knnBasic;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
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
