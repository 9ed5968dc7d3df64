package io.github.movierecommender.ui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.ui.Fixtures;
import io.github.movierecommender.ui.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SummaryTextTest {

    @Test
    void writesOutWhatTheDatasetHolds() throws Exception {
        LoadedDataset loaded = LoadedDataset.of(DatasetLoader.load(Fixtures.path(Fixtures.TINY)));

        SummaryText text = SummaryText.of(loaded, Messages.forLocale(Locale.US));

        assertEquals("ml-latest", text.format());
        assertEquals(Fixtures.path(Fixtures.TINY).toString(), text.source());
        assertEquals("3", text.users());
        assertEquals("4", text.movies());
        assertEquals("8", text.ratings());
        assertEquals("2", text.tags());
        assertEquals("0.5 to 5.0 stars", text.ratingRange());
        assertEquals("Jan 1, 2020", text.firstRating());
        assertEquals("Aug 1, 2020", text.lastRating());
        assertEquals("1", text.skippedLines());
        assertEquals(List.of(loaded.dataset().report().firstBadLines().get(0).toString()), text.firstBadLines());
    }

    @Test
    void writesNumbersTheBrazilianWay() throws Exception {
        LoadedDataset loaded = LoadedDataset.of(DatasetLoader.load(Fixtures.path(Fixtures.TINY)));

        SummaryText text = SummaryText.of(loaded, Messages.forLocale(Locale.forLanguageTag("pt-BR")));

        assertEquals("0,5 a 5,0 estrelas", text.ratingRange());
    }
}
