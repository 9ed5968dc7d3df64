package io.github.movierecommender.launch;

import io.github.movierecommender.appdata.AppFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * Remembers, for a week, that JavaFX found no graphics card it could use on this display and drew in
 * software, so that the next starts on it draw in software at once instead of trying OpenGL first
 * (0.1-0.2 s of each start under Xvfb, where it fails). The memory is a file in the cache folder whose
 * name carries the display; deleting it, or starting with {@code -Dprism.order=…}, tries again.
 */
public final class SoftwareRendering {

    /** JavaFX's system property naming the rendering pipelines to try, in order. */
    static final String PIPELINES = "prism.order";
    static final Duration KEPT = Duration.ofDays(7);

    private final Path memory;
    private final Properties system;
    private final Clock clock;

    /** For the person running the app: their cache folder, this display, this JVM's system properties. */
    public static SoftwareRendering forThisMachine(AppFolders folders) {
        return new SoftwareRendering(folders.cacheFolder(), folders.osName(), folders.environment(),
                System.getProperties(), Clock.systemUTC());
    }

    /**
     * {@code environment} names the display ({@code DISPLAY}, {@code WAYLAND_DISPLAY}); {@code system}
     * is where JavaFX reads its options from.
     */
    public SoftwareRendering(Path cacheFolder, String osName, Map<String, String> environment, Properties system,
                             Clock clock) {
        this.memory = cacheFolder.resolve("software-rendering-" + displayHash(osName, environment));
        this.system = system;
        this.clock = clock;
    }

    /**
     * Before JavaFX starts: asks it to draw in software when this display was found without a usable
     * graphics card in the last week and the user chose no pipeline. Returns whether it did.
     */
    public boolean chooseBeforeStart() {
        if (system.containsKey(PIPELINES) || system.containsKey("prism.forceGPU") || !rememberedLately()) {
            return false;
        }
        system.setProperty(PIPELINES, "sw");
        return true;
    }

    /**
     * Once the window shows: remembers whether JavaFX drew in software after trying the graphics card.
     * A start with its pipelines chosen, by the memory or by the user, teaches nothing: the memory then
     * runs out a week after it was last learnt, and the next start tries the graphics card again.
     */
    public void learn(boolean drawnInSoftware) {
        if (system.containsKey(PIPELINES)) {
            return;
        }
        try {
            if (drawnInSoftware) {
                Files.createDirectories(memory.getParent());
                Files.writeString(memory, "", StandardCharsets.UTF_8);
                Files.setLastModifiedTime(memory, FileTime.from(clock.instant()));
            } else {
                Files.deleteIfExists(memory);
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // Only a later start's speed depends on it.
        }
    }

    private boolean rememberedLately() {
        try {
            FileTime written = Files.getLastModifiedTime(memory);
            return written.toInstant().plus(KEPT).isAfter(clock.instant());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static String displayHash(String osName, Map<String, String> environment) {
        String display = osName + '\n' + environment.getOrDefault("DISPLAY", "") + '\n'
                + environment.getOrDefault("WAYLAND_DISPLAY", "");
        return HexFormat.of().toHexDigits(ClassArchives.fnv1a(display.getBytes(StandardCharsets.UTF_8)));
    }
}
