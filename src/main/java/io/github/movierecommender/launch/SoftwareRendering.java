package io.github.movierecommender.launch;

import io.github.movierecommender.appdata.AppFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

/**
 * On Linux, remembers for a week that JavaFX found no graphics card it could use on this machine's
 * display and drew in software, so that the next starts there draw in software at once instead of
 * trying OpenGL first (0.1-0.2 s of each start under Xvfb, where it fails). The memory is a file in the
 * cache folder whose name carries the host and the display; deleting it, or starting with
 * {@code -Dprism.order=…} or {@code -Dprism.forceGPU=…}, tries the card again.
 */
public final class SoftwareRendering {

    /** JavaFX's system property naming the rendering pipelines to try, in order. */
    static final String PIPELINES = "prism.order";
    /** JavaFX's system property to use a graphics card it would otherwise turn down. */
    static final String FORCE_GPU = "prism.forceGPU";
    static final Duration KEPT = Duration.ofDays(7);

    private static final Path HOST_NAME = Path.of("/proc/sys/kernel/hostname");

    private final Path memory;
    private final boolean linux;
    private final Properties system;
    private final Clock clock;

    /**
     * {@code host} and {@code environment} ({@code DISPLAY}, {@code WAYLAND_DISPLAY}) name the display;
     * {@code system} is where JavaFX reads its options from.
     */
    public SoftwareRendering(Path cacheFolder, String osName, String host, Map<String, String> environment,
                             Properties system, Clock clock) {
        this.memory = cacheFolder.resolve("software-rendering-" + NameHash.of(host + '\n'
                + environment.getOrDefault("DISPLAY", "") + '\n' + environment.getOrDefault("WAYLAND_DISPLAY", "")));
        this.linux = osName.startsWith("Linux");
        this.system = system;
        this.clock = clock;
    }

    /** For the person running the app: their cache folder, this machine's display, this JVM's system properties. */
    public static SoftwareRendering forThisMachine(AppFolders folders) {
        return new SoftwareRendering(folders.cacheFolder(), folders.osName(), hostName(), folders.environment(),
                System.getProperties(), Clock.systemUTC());
    }

    /**
     * Before JavaFX starts: asks it to draw in software when this display was found without a usable
     * graphics card in the last week and the user chose no pipeline. Returns whether it did.
     */
    public boolean chooseBeforeStart() {
        if (!learns() || !rememberedLately()) {
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
        if (!learns()) {
            return;
        }
        try {
            if (drawnInSoftware) {
                Files.createDirectories(memory.getParent());
                Files.write(memory, new byte[0]);
                Files.setLastModifiedTime(memory, FileTime.from(clock.instant()));
            } else {
                Files.deleteIfExists(memory);
            }
        } catch (IOException | SecurityException e) {
            // Only a later start's speed depends on it.
        }
    }

    /** Where JavaFX tries OpenGL and falls back, no pipeline was chosen, and the memory has a home. */
    private boolean learns() {
        return linux && memory.isAbsolute() && !system.containsKey(PIPELINES) && !system.containsKey(FORCE_GPU);
    }

    private boolean rememberedLately() {
        try {
            Instant now = clock.instant();
            Instant written = Files.getLastModifiedTime(memory).toInstant();
            return !written.isAfter(now) && written.plus(KEPT).isAfter(now);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static String hostName() {
        try {
            return Files.readString(HOST_NAME).strip();
        } catch (IOException | SecurityException e) {
            return "";
        }
    }
}
