package io.github.movierecommender.ui.tour;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A step of the tour: its texts' keys come from {@code id} ({@code tour.ID.title} and
 * {@code tour.ID.where}, what the pointed-at control does), its live text from {@code text}, worked
 * out on a background thread. {@code needsUser}: the step follows the picked user, and picks the
 * first if nobody is. {@code tutorialMode}: the step is about the tutorial's neighbours, so the
 * left panel's mode is set to Tutorial (Euclidean distance) for the tables to show the same numbers.
 */
record TourStep(String id, Pointer pointer, boolean needsUser, boolean tutorialMode,
                BiFunction<TourTexts, TourInput, String> text) {

    /** Shown instead of the chapters while no dataset is open. */
    static final TourStep OPEN_DATASET = new TourStep("open",
            new Pointer(List.of(), List.of("demoButton", "openButton")), false, false, TourTexts::openDataset);

    /** The tutorial's chapters, in its order. */
    static final List<TourStep> CHAPTERS = List.of(
            new TourStep("data", new Pointer(List.of("overviewTab"), List.of("overviewTab")), false, false,
                    TourTexts::data),
            new TourStep("popular", new Pointer(List.of("suggestionsTab", "popularTab"),
                    List.of("minVotesSlider", "popularTab")), true, false, TourTexts::popular),
            new TourStep("genres", new Pointer(List.of("suggestionsTab", "genreTab"), List.of("genreTab")), true,
                    false, TourTexts::genres),
            new TourStep("distance", new Pointer(List.of("neighboursTab"), List.of("neighboursTab", "modeChoice")),
                    true, true, TourTexts::distance),
            new TourStep("nearest", new Pointer(List.of("neighboursTab"), List.of("kSlider", "neighboursTable")),
                    true, true, TourTexts::nearest),
            new TourStep("recommend", new Pointer(List.of("suggestionsTab", "neighbourTab"), List.of("neighbourTab")),
                    true, true, TourTexts::recommend),
            new TourStep("kAndN", new Pointer(List.of("suggestionsTab", "neighbourTab"), List.of("kSlider", "nSlider")),
                    true, true, TourTexts::kAndN));

    String titleKey() {
        return "tour." + id + ".title";
    }

    String whereKey() {
        return "tour." + id + ".where";
    }
}
