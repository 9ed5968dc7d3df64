package io.github.movierecommender.ui.recommend.details;

/** Opens a web address in the system browser. */
@FunctionalInterface
public interface LinkOpener {

    void open(String url);
}
