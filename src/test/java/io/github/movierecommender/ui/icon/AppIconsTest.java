package io.github.movierecommender.ui.icon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.movierecommender.ui.FxThread;
import java.time.Duration;
import java.util.List;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AppIconsTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxThread.start();
    }

    @Test
    void everyRenderedSizeIsPackedAsASquareImage() {
        List<Image> images = AppIcons.images(AppIcons.SIZES);

        assertThat(images).extracting(Image::isError).containsOnly(false);
        assertThat(images).extracting(image -> (int) image.getWidth()).containsExactlyElementsOf(AppIcons.SIZES);
        assertThat(images).extracting(image -> (int) image.getHeight()).containsExactlyElementsOf(AppIcons.SIZES);
    }

    @Test
    void theImagesDecodedAsideAreTheSizesAskedFor() {
        List<Image> images = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> AppIcons.decodedAside(AppIcons.LARGE_SIZES).join());

        assertThat(images).extracting(Image::isError).containsOnly(false);
        assertThat(images).extracting(image -> (int) image.getWidth()).containsExactly(256, 512);
    }
}
