package io.github.movierecommender.ui.recommend;

import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.ui.dataset.LoadedDataset;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * An invented dataset of 8 users and 13 movies with tags and links. User 1 rated 6 movies
 * (1–6), every other user shares at least 5 of them, and 7 movies are left for user 1.
 */
final class EightUsers {

    private EightUsers() {
    }

    static Path path() {
        try {
            return Path.of(EightUsers.class.getResource("eight-users").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LoadedDataset load() throws Exception {
        return LoadedDataset.of(DatasetLoader.load(path()));
    }

    static int movieIndex(LoadedDataset loaded, int movieId) {
        return loaded.dataset().movies().indexOf(movieId);
    }
}
