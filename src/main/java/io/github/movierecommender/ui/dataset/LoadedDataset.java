package io.github.movierecommender.ui.dataset;

import io.github.movierecommender.concurrent.Causes;
import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetSummary;
import io.github.movierecommender.recommend.Recommenders;
import io.github.movierecommender.synth.DemoData;
import java.util.concurrent.CompletableFuture;

/**
 * A dataset with its summary and its recommenders, worked out once per load on the background
 * thread since both visit every rating; {@code demo} tells the app's demo data, whose users and
 * ratings are synthetic.
 */
public record LoadedDataset(Dataset dataset, DatasetSummary summary, Recommenders recommenders, boolean demo) {

    /** The summary is worked out on another core while the recommenders' statistics are on this one. */
    public static LoadedDataset of(Dataset dataset) {
        CompletableFuture<DatasetSummary> summary = CompletableFuture.supplyAsync(dataset::summary);
        Recommenders recommenders = Recommenders.of(dataset);
        return new LoadedDataset(dataset, Causes.join(summary), recommenders, DemoData.isDemo(dataset));
    }
}
