package io.github.movierecommender.appdata;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this build, such as "0.1.0-SNAPSHOT", from version.properties, which Maven fills
 * in from the project's version as it builds; "development build" where the app runs from classes
 * Maven did not build.
 */
public final class AppVersion {

    public static final String UNKNOWN = "development build";
    private static final String RESOURCE = "version.properties";

    private AppVersion() {
    }

    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            return version.isEmpty() || version.contains("${") ? UNKNOWN : version;
        } catch (IOException | IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
