package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.recommend.Measure;
import io.github.movierecommender.recommend.MovieFilter;
import io.github.movierecommender.recommend.NeighbourMode;
import io.github.movierecommender.recommend.NeighbourParams;
import io.github.movierecommender.recommend.PopularParams;
import io.github.movierecommender.recommend.PopularRanking;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.ui.settings.RecommendationChoices;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the left panel sets: the user, k, n, the minimum votes, the neighbour measure and mode,
 * and how the popular list ranks, with the person's own profile for when the user picked is theirs.
 * Choosing a mode preselects that mode's own measure.
 */
public final class RecommendationSettings {

    public static final int DEFAULT_K = NeighbourParams.DEFAULT_K;
    public static final int DEFAULT_N = NeighbourParams.DEFAULT_N;
    public static final int DEFAULT_MIN_VOTES = PopularParams.DEFAULT_MIN_VOTES;
    /** The most movies per list the n slider offers: the lists are worked out this long, and n cuts them. */
    public static final int MAX_N = 50;

    private final ObjectProperty<UserChoice> user = new SimpleObjectProperty<>(this, "user");
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", DEFAULT_K);
    private final IntegerProperty n = new SimpleIntegerProperty(this, "n", DEFAULT_N);
    private final IntegerProperty minVotes = new SimpleIntegerProperty(this, "minVotes", DEFAULT_MIN_VOTES);
    private final ObjectProperty<NeighbourMode> mode = new SimpleObjectProperty<>(this, "mode", NeighbourMode.DEFAULT);
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(this, "measure",
            defaultMeasure(NeighbourMode.DEFAULT));
    private final ObjectProperty<PopularRanking> ranking = new SimpleObjectProperty<>(this, "ranking",
            PopularRanking.MOST_VOTED);
    private final ObjectProperty<Profile> ownProfile = new SimpleObjectProperty<>(this, "ownProfile");
    private final ObjectProperty<MovieFilter> hidden = new SimpleObjectProperty<>(this, "hidden", MovieFilter.ALL);
    private final ObjectProperty<MovieFilter> listFilter = new SimpleObjectProperty<>(this, "listFilter",
            MovieFilter.ALL);

    public RecommendationSettings() {
        mode.addListener((property, before, now) -> measure.set(defaultMeasure(now)));
    }

    /** The settings a fresh start has. */
    public static RecommendationChoices defaults() {
        return new RecommendationChoices(DEFAULT_K, DEFAULT_N, DEFAULT_MIN_VOTES, defaultMeasure(NeighbourMode.DEFAULT),
                NeighbourMode.DEFAULT, PopularRanking.MOST_VOTED);
    }

    /** The settings to keep for the next start; the user is not one of them. */
    public RecommendationChoices choices() {
        return new RecommendationChoices(k.get(), n.get(), minVotes.get(), measure.get(), mode.get(), ranking.get());
    }

    /** Takes the settings kept from an earlier start; the mode goes first, as it preselects a measure. */
    public void restore(RecommendationChoices choices) {
        k.set(choices.k());
        n.set(choices.n());
        minVotes.set(choices.minVotes());
        mode.set(choices.mode());
        measure.set(choices.measure());
        ranking.set(choices.ranking());
    }

    /** The tutorial's Euclidean distance, or the default's Pearson correlation. */
    public static Measure defaultMeasure(NeighbourMode mode) {
        return mode == NeighbourMode.TUTORIAL ? Measure.EUCLIDEAN : Measure.PEARSON;
    }

    /** The lists to compute now, or empty while no user is picked, or the own profile is picked but not ready. */
    public Optional<RecommendationRequest> request() {
        UserChoice chosen = user.get();
        if (chosen == null || chosen.isOwnProfile() && ownProfile.get() == null) {
            return Optional.empty();
        }
        return Optional.of(new RecommendationRequest(chosen.userId(), k.get(), n.get(), minVotes.get(),
                measure.get(), mode.get(), ranking.get(), chosen.isOwnProfile() ? ownProfile.get() : null,
                ListExclusions.NONE.withHidden(hidden.get()).withChosen(listFilter.get())));
    }

    /** Hears every change that changes {@link #request()}. */
    public void addListener(InvalidationListener listener) {
        for (Observable setting : new Observable[] {user, k, n, minVotes, mode, measure, ranking, ownProfile, hidden,
                listFilter}) {
            setting.addListener(listener);
        }
    }

    public ObjectProperty<UserChoice> userProperty() {
        return user;
    }

    /** The person's own profile in the loaded dataset, as of its latest rating; null while there is none. */
    public ObjectProperty<Profile> ownProfileProperty() {
        return ownProfile;
    }

    /** The movies the person hid, left out of every list, whoever's lists are shown. */
    public ObjectProperty<MovieFilter> hiddenProperty() {
        return hidden;
    }

    /** The movies the lists' filter lets through (a value, equal while the choice is); {@link MovieFilter#ALL} for every one. */
    public ObjectProperty<MovieFilter> listFilterProperty() {
        return listFilter;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    public IntegerProperty nProperty() {
        return n;
    }

    public IntegerProperty minVotesProperty() {
        return minVotes;
    }

    public ObjectProperty<NeighbourMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    public ObjectProperty<PopularRanking> rankingProperty() {
        return ranking;
    }
}
