package io.github.movierecommender.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.movierecommender.download.DownloadSite;
import io.github.movierecommender.download.LocalServer;
import io.github.movierecommender.download.ReleaseZips;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadCommandTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    @AutoClose
    private final LocalServer server = new LocalServer();
    private Path data;

    @BeforeEach
    void dataFolder() {
        data = tmp.resolve("data");
    }

    private CliRun download(URI uri) {
        return assertTimeoutPreemptively(HANG_GUARD,
                () -> CliRun.of("download", "--url", uri.toString(), "--into", data.toString()));
    }

    @Test
    void printsTheReleaseFolderInTheDatasetsFolderAndLeavesTheProfilesAlone() throws Exception {
        Path me = Files.writeString(Files.createDirectories(data.resolve("profiles")).resolve("Me.csv"),
                "userId,movieId,rating,timestamp\n0,1,4.5,1\n");

        CliRun run = download(server.publish("/d/profiles.zip", ReleaseZips.release("profiles")));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(data.resolve("datasets").resolve("profiles") + System.lineSeparator());
        assertThat(me).hasContent("userId,movieId,rating,timestamp\n0,1,4.5,1\n");
        assertThat(DownloadSite.contents(data.resolve("profiles"))).containsExactly(me);
    }

    @Test
    void aFolderTheAppDidNotInstallIsOneErrorLineAndExitCodeOne() throws Exception {
        Path mine = Files.createDirectories(data.resolve("datasets").resolve("ml-latest-small"));
        Files.writeString(mine.resolve("notes.txt"), "mine\n");

        CliRun run = download(server.publish("/d/ml-latest-small.zip", ReleaseZips.release("ml-latest-small")));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        List<String> messages = run.err().lines()
                .filter(line -> !line.isEmpty() && !line.startsWith("downloading ")).toList();
        assertThat(messages).singleElement().asString()
                .startsWith("error: Cannot unpack ").contains(mine.toString()).contains("did not install");
        assertThat(DownloadSite.contents(mine)).containsExactly(mine.resolve("notes.txt"));
    }

    @Test
    void anEndlessChecksumFileIsOneErrorLineAndExitCodeOne() {
        URI md5 = server.serveEndlessly("/d/ml-latest-small.zip.md5");

        CliRun run = download(server.uri("/d/ml-latest-small.zip"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: Downloading " + md5 + " stopped: the server sent more than the 4,096 "
                + "bytes this app accepts for a checksum file, so nothing was kept. Check that the address points to "
                + "a MovieLens release zip." + System.lineSeparator());
        assertThat(data).doesNotExist();
    }
}
