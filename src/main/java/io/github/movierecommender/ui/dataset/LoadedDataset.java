package io.github.movierecommender.ui.dataset;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetSummary;

/** A dataset with its summary, worked out on the background thread since it visits every rating. */
public record LoadedDataset(Dataset dataset, DatasetSummary summary) {

    public static LoadedDataset of(Dataset dataset) {
        return new LoadedDataset(dataset, dataset.summary());
    }
}
