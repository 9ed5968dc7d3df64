package io.github.movierecommender;

import io.github.movierecommender.cli.MovieRecommenderCli;

/**
 * The jar's entry point. With no arguments it opens the desktop app; with a command it runs that
 * command headless, without touching JavaFX, so it works on a machine with no display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            io.github.movierecommender.ui.MovieRecommenderApp.launchApp(args);
        } else {
            System.exit(MovieRecommenderCli.run(args));
        }
    }
}
