package io.github.movierecommender.ui.welcome;

import io.github.movierecommender.download.MovieLensRelease;
import io.github.movierecommender.download.ReleaseDownloader;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the welcome view's datasets come from and go: the release to download (others are
 * downloaded from the same folder, as GroupLens keeps them), the downloader
 * that puts it in a folder of its own in {@code dataFolder}/datasets, and the data folder, where
 * the demo is unpacked.
 */
public record DataSources(ReleaseDownloader downloader, URI release, Path dataFolder) {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    /** The same, for {@code other} from the folder the release is in. */
    public DataSources withRelease(MovieLensRelease other) {
        return new DataSources(downloader, other.in(release.resolve(".")), dataFolder);
    }

    /** MovieLens latest-small from GroupLens, into {@code dataFolder}. */
    public static DataSources latestSmall(Path dataFolder) {
        return new DataSources(new ReleaseDownloader(() -> HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(CONNECT_TIMEOUT).build(), dataFolder),
                ReleaseDownloader.LATEST_SMALL, dataFolder);
    }
}
