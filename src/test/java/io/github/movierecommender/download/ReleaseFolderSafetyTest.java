package io.github.movierecommender.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.files.OwnedFolders;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A download writes only into a folder of its own and replaces only what it installed itself. */
class ReleaseFolderSafetyTest {

    @TempDir
    Path tmp;

    @AutoClose
    private final LocalServer server = new LocalServer();
    private final HttpClient client = HttpClient.newHttpClient();
    private Path data;

    @BeforeEach
    void dataFolder() {
        data = tmp.resolve("data");
    }

    private Path download(URI uri) throws DownloadException {
        return new ReleaseDownloader(client, data).download(uri, DownloadMonitor.NONE);
    }

    @Test
    void aReleaseNamedLikeTheProfilesFolderLeavesTheProfilesAlone() throws Exception {
        Path profiles = Files.createDirectories(data.resolve("profiles"));
        Path me = Files.writeString(profiles.resolve("Me.csv"), "userId,movieId,rating,timestamp\n0,1,4.5,1\n");
        URI uri = server.publish("/d/profiles.zip", ReleaseZips.release("profiles"));

        Path release = download(uri);

        assertEquals(data.resolve("datasets").resolve("profiles"), release);
        assertEquals(List.of(me), DownloadSite.contents(profiles));
        assertEquals("userId,movieId,rating,timestamp\n0,1,4.5,1\n", Files.readString(me));
        assertEquals(List.of(), DownloadSite.leftovers(data, release, profiles));
    }

    @Test
    void aFolderOfTheSameNameThatTheAppDidNotInstallIsLeftAsItIs() throws Exception {
        Path mine = Files.createDirectories(data.resolve("datasets").resolve("ml-latest-small"));
        Files.writeString(mine.resolve("notes.txt"), "my own notes\n");
        URI uri = server.publish("/d/ml-latest-small.zip", ReleaseZips.release("ml-latest-small"));

        DownloadException e = assertThrows(DownloadException.class, () -> download(uri));

        assertEquals(DownloadException.Kind.DATA_FOLDER, e.kind());
        assertTrue(e.getMessage().startsWith("Cannot unpack " + uri + " into " + mine + ": something is already "
                + "there that this app did not install"), e.getMessage());
        assertEquals(List.of(mine.resolve("notes.txt")), DownloadSite.contents(mine));
        assertEquals("my own notes\n", Files.readString(mine.resolve("notes.txt")));
        assertEquals(List.of(), DownloadSite.leftovers(data, mine));
    }

    @Test
    void aLinkWhereTheReleaseWouldGoIsLeftAsItIs() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve(OwnedFolders.MARKER), "copied by hand\n");
        Path link = Files.createDirectories(data.resolve("datasets")).resolve("ml-latest-small");
        Files.createSymbolicLink(link, elsewhere);
        URI uri = server.publish("/d/ml-latest-small.zip", ReleaseZips.release("ml-latest-small"));

        assertThrows(DownloadException.class, () -> download(uri));

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(List.of(elsewhere.resolve(OwnedFolders.MARKER)), DownloadSite.contents(elsewhere));
    }

    @ParameterizedTest
    @ValueSource(strings = {".hidden", ".profiles", "two words", "CON", "trailing.",
        "a-name-far-longer-than-any-release-folder-needs-to-be-which-is-refused"})
    void aReleaseFolderWithAnUnsafeNameIsRefused(String name) throws Exception {
        URI uri = server.publish("/d/ml-latest-small.zip", ReleaseZips.release(name));

        DownloadException e = assertThrows(DownloadException.class, () -> download(uri));

        assertEquals(DownloadException.Kind.CONTENT, e.kind());
        assertTrue(e.getMessage().startsWith("The zip downloaded from " + uri + " holds its release in a folder "
                + "named \"" + name + "\", which cannot be a release folder: "), e.getMessage());
        assertEquals(List.of(), DownloadSite.leftovers(data));
    }

    @Test
    void anAddressWhoseNameIsTwoDotsIsRefusedForAZipWithoutAFolder() throws Exception {
        server.publish("/d/...zip", ReleaseZips.flat());
        URI uri = server.uri("/d/%2E%2E.zip");

        DownloadException e = assertThrows(DownloadException.class, () -> download(uri));

        assertTrue(e.getMessage().startsWith("The address " + uri + " names the release \"..\", which cannot be "
                + "a release folder: it starts or ends with a dot"), e.getMessage());
        assertEquals(List.of(), DownloadSite.leftovers(data));
    }
}
