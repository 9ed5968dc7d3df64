package io.github.movierecommender.ui.dataset;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetSummary;
import io.github.movierecommender.recommend.Recommenders;

/**
 * A dataset with its summary and its recommenders, worked out once per load on the background
 * thread since both visit every rating.
 */
public record LoadedDataset(Dataset dataset, DatasetSummary summary, Recommenders recommenders) {

    public static LoadedDataset of(Dataset dataset) {
        return new LoadedDataset(dataset, dataset.summary(), Recommenders.of(dataset));
    }
}
