package io.github.movierecommender.ui.dataset;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetSummary;
import io.github.movierecommender.recommend.Recommenders;
import io.github.movierecommender.synth.DemoData;

/**
 * A dataset with its summary and its recommenders, worked out once per load on the background
 * thread since both visit every rating; {@code demo} tells the app's demo data, whose users and
 * ratings are synthetic.
 */
public record LoadedDataset(Dataset dataset, DatasetSummary summary, Recommenders recommenders, boolean demo) {

    public static LoadedDataset of(Dataset dataset) {
        return new LoadedDataset(dataset, dataset.summary(), Recommenders.of(dataset), DemoData.isDemo(dataset));
    }
}
