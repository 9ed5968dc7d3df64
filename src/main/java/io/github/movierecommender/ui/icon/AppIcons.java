package io.github.movierecommender.ui.icon;

import io.github.movierecommender.concurrent.DaemonThreads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/**
 * The application icon in every rendered size, for {@code stage.getIcons().setAll(AppIcons.images(AppIcons.SIZES))},
 * or decoded beside the JavaFX thread as the window is built ({@link #decodedAside}).
 */
public final class AppIcons {

    /** The sizes rendered from assets/icon/movie-recommender.svg, in pixels. */
    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256, 512);
    /**
     * The sizes a window shows in title bars, task bars and window switchers, given to the first window.
     * Decoding the two largest took more than the other five together, and made the JIT compile the
     * pixel conversion loops while the window was being built.
     */
    public static final List<Integer> WINDOW_SIZES = SIZES.subList(0, 5);
    /** The sizes only large icon views use, added to the window once it shows. */
    public static final List<Integer> LARGE_SIZES = SIZES.subList(5, SIZES.size());

    private AppIcons() {
    }

    /**
     * {@link #images} decoded on a thread of their own: at start the JavaFX thread builds the window
     * meanwhile instead of decoding PNG files itself. Needs the JavaFX toolkit started.
     */
    public static CompletableFuture<List<Image>> decodedAside(List<Integer> sizes) {
        return CompletableFuture.supplyAsync(() -> images(sizes), DaemonThreads.named("icon-decoding"));
    }

    /** One image per size, in the order of {@code sizes}; the system picks the one that fits each place. */
    public static List<Image> images(List<Integer> sizes) {
        List<Image> images = new ArrayList<>(sizes.size());
        for (int size : sizes) {
            String name = "movie-recommender-" + size + ".png";
            try (InputStream png = AppIcons.class.getResourceAsStream(name)) {
                if (png == null) {
                    throw new IllegalStateException("The icon " + name + " is not packed in this build");
                }
                images.add(new Image(png));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(images);
    }
}
