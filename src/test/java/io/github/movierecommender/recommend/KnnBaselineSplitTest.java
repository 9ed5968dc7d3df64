package io.github.movierecommender.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.MovieLensSmall;
import org.junit.jupiter.api.Test;

/** knn-baseline's comparison cut into ranges of users for several cores gives exactly the one-thread result. */
class KnnBaselineSplitTest {

    @Test
    void everyUserOfMovieLensSmallGetsTheSameSimilaritiesAndListInTwoAndThreeParts() throws Exception {
        Dataset dataset = MovieLensSmall.loadOrSkip();
        KnnBaseline model = KnnBaseline.trainTuned(dataset, BaselineParams.DEFAULTS, 42, BuildMonitor.NONE);

        for (int u = 0; u < dataset.ratings().userCount(); u++) {
            Profile profile = Profile.ofUser(dataset, dataset.ratings().users().idAt(u)).orElseThrow();
            KnnBaseline.Neighbours one = model.neighbours(profile, entries -> 1);
            for (int parts = 2; parts <= 3; parts++) {
                int count = parts;
                KnnBaseline.Neighbours split = model.neighbours(profile, entries -> count);
                for (int v = 0; v < dataset.ratings().userCount(); v++) {
                    assertEquals(one.similarity(v), split.similarity(v), profile + " and user index " + v);
                }
                assertEquals(model.nearest(one, 40), model.nearest(split, 40), profile.toString());
                assertEquals(model.recommend(one, 40, 10), model.recommend(split, 40, 10), profile.toString());
            }
        }
    }
}
