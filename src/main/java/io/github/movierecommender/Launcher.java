package io.github.movierecommender;

import io.github.movierecommender.cli.MovieRecommenderCli;
import io.github.movierecommender.launch.Relaunch;
import java.util.OptionalInt;

/**
 * The jar's entry point. With no arguments it opens the desktop app; with a command it runs that
 * command headless, without touching JavaFX, so it works on a machine with no display. On Linux,
 * {@code java -jar} may run either in a second JVM that starts faster (see {@link Relaunch}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        OptionalInt child = Relaunch.inChildJvm(args);
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        } else if (args.length == 0) {
            int code = io.github.movierecommender.ui.MovieRecommenderApp.launchApp(args);
            if (code != 0) {
                System.exit(code);
            }
        } else {
            System.exit(MovieRecommenderCli.run(args));
        }
    }
}
