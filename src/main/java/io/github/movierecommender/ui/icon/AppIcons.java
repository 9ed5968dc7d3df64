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
 * The application icon in every rendered size, for {@code stage.getIcons().setAll(AppIcons.images())},
 * or decoded beside the JavaFX thread as the window is built ({@link #decodedAside()}).
 */
public final class AppIcons {

    /** The sizes rendered from assets/icon/movie-recommender.svg, in pixels. */
    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256, 512);

    private AppIcons() {
    }

    /**
     * {@link #images()} decoded on a thread of their own: at start the JavaFX thread builds the window
     * meanwhile instead of decoding seven PNG files (up to 512 pixels) itself. Needs the JavaFX toolkit started.
     */
    public static CompletableFuture<List<Image>> decodedAside() {
        return CompletableFuture.supplyAsync(AppIcons::images, DaemonThreads.named("icon-decoding"));
    }

    /** One image per size, smallest first; the system picks the one that fits each place. */
    public static List<Image> images() {
        List<Image> images = new ArrayList<>(SIZES.size());
        for (int size : SIZES) {
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
