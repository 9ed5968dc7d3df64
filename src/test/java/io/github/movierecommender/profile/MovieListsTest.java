package io.github.movierecommender.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.recommend.SmallWorld;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile's hidden movies and watchlist: kept beside its ratings, under the same crash-safe rules. */
class MovieListsTest {

    private static final long NOW = 1_700_000_000L;

    @TempDir
    Path folder;

    private ProfileStore store() {
        return new ProfileStore(folder.resolve("profiles"), new SettableClock(NOW));
    }

    private Path profiles() {
        return folder.resolve("profiles");
    }

    @Test
    void hiddenMoviesAndTheWatchlistAreWrittenAtOnceBesideTheRatingsAndSurviveARestart() throws Exception {
        SavedProfile me = store().create("Me");
        assertTrue(me.mark(MovieListKind.HIDDEN, 318));
        assertFalse(me.mark(MovieListKind.HIDDEN, 318));
        me.mark(MovieListKind.WATCHLIST, 2571);
        me.mark(MovieListKind.WATCHLIST, 1);

        assertThat(Files.readString(profiles().resolve("Me.hidden.csv"))).isEqualTo("movieId,timestamp\n318," + NOW
                + "\n");
        assertThat(Files.readString(profiles().resolve("Me.watchlist.csv")))
                .isEqualTo("movieId,timestamp\n1," + NOW + "\n2571," + NOW + "\n");
        SavedProfile again = store().load("Me");
        assertThat(again.marked(MovieListKind.HIDDEN)).containsExactly(new MarkedMovie(318, NOW));
        assertThat(again.marked(MovieListKind.WATCHLIST)).extracting(MarkedMovie::movieId).containsExactly(1, 2571);
        assertThat(store().list()).as("the lists' files are no profiles").containsExactly("Me");

        assertTrue(again.unmark(MovieListKind.HIDDEN, 318));
        assertFalse(again.unmark(MovieListKind.HIDDEN, 318));
        assertThat(store().load("Me").marked(MovieListKind.HIDDEN)).isEmpty();
    }

    @Test
    void theListsFollowARenameAndGoWithADelete() throws Exception {
        ProfileStore store = store();
        SavedProfile me = store.create("Me");
        me.mark(MovieListKind.HIDDEN, 5);
        me.mark(MovieListKind.WATCHLIST, 6);

        store.rename("Me", "Ana");
        assertThat(store().load("Ana").marked(MovieListKind.HIDDEN)).extracting(MarkedMovie::movieId)
                .containsExactly(5);
        assertFalse(Files.exists(profiles().resolve("Me.hidden.csv")));

        store.delete("Ana");
        try (var files = Files.list(profiles())) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly(FolderLock.FILE_NAME);
        }
    }

    @Test
    void aHalfWrittenListIsKeptAsideAndItsSoundLinesStay() throws Exception {
        Files.createDirectories(profiles());
        Files.writeString(profiles().resolve("Me.csv"), "userId,movieId,rating,timestamp\n");
        Path hidden = Files.writeString(profiles().resolve("Me.hidden.csv"), "movieId,timestamp\n318,10\n59");

        SavedProfile me = store().load("Me");

        assertThat(me.marked(MovieListKind.HIDDEN)).containsExactly(new MarkedMovie(318, 10));
        MovieListRecovery recovery = me.listRecoveries().get(0);
        assertThat(recovery.problem().toString()).startsWith(hidden + " could not be read in full: " + hidden
                + ", line 3: expected 2 fields (movieId, timestamp) but found 1. It is kept as it was in "
                + recovery.keptAs()).endsWith("the list keeps the 1 movie that could be read.");
        assertThat(Files.readString(recovery.keptAs())).isEqualTo("movieId,timestamp\n318,10\n59");
        assertThat(Files.readString(hidden)).isEqualTo("movieId,timestamp\n318,10\n");
    }

    @Test
    void hostileListFilesAreReadInLittleMemoryAndEachProblemNamesFileAndLine() throws Exception {
        Files.createDirectories(profiles());
        Files.writeString(profiles().resolve("Me.csv"), "userId,movieId,rating,timestamp\n");
        Path watchlist = profiles().resolve("Me.watchlist.csv");
        try (OutputStream out = Files.newOutputStream(watchlist)) {
            out.write("movieId,timestamp\n7,1\n".getBytes());
            byte[] noLineBreaks = new byte[1 << 20];
            java.util.Arrays.fill(noLineBreaks, (byte) '9');
            for (int i = 0; i < 64; i++) {
                out.write(noLineBreaks);
            }
            out.write("\nx,1\n8,-1\n9,2,3\n".getBytes());
        }
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        Path hidden = Files.write(profiles().resolve("Me.hidden.csv"), binary);

        SavedProfile me = store().load("Me");

        assertThat(me.marked(MovieListKind.WATCHLIST)).containsExactly(new MarkedMovie(7, 1));
        assertThat(me.marked(MovieListKind.HIDDEN)).isEmpty();
        MovieListRecovery ofWatchlist = me.listRecoveries().stream()
                .filter(recovery -> recovery.kind() == MovieListKind.WATCHLIST).findFirst().orElseThrow();
        assertThat(ofWatchlist.problems()).extracting(line -> line.line() + ": " + line.problem())
                .containsExactly("3: the line is longer than 1024 bytes", "4: movie id 'x' is not a whole number",
                        "5: timestamp '-1' is not a whole number of seconds",
                        "6: expected 2 fields (movieId, timestamp) but found 3");
        MovieListRecovery ofHidden = me.listRecoveries().stream()
                .filter(recovery -> recovery.kind() == MovieListKind.HIDDEN).findFirst().orElseThrow();
        assertThat(ofHidden.problem().toString()).startsWith(hidden + " could not be read in full: " + hidden
                + ", line 1: expected the header 'movieId,timestamp' but found");
        assertThat(Files.readString(hidden)).isEqualTo("movieId,timestamp\n");
    }

    @Test
    void aListChangeWaitsForAnotherProcesssLockOnlySoLongThenSaysWhichFileIsHeld() throws Exception {
        SavedProfile me = store().create("Me");
        Path lockFile = me.file().resolveSibling(FolderLock.FILE_NAME);
        SavedProfile waiting = new ProfileStore(profiles(), new SettableClock(NOW), Duration.ofMillis(300)).load("Me");

        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            assertThatThrownBy(() -> waiting.mark(MovieListKind.HIDDEN, 318)).isInstanceOf(ProfileException.class)
                    .hasMessageStartingWith("hiding movie 318 could not be saved to "
                            + profiles().resolve("Me.hidden.csv"))
                    .hasMessageContaining("kept " + lockFile + " locked for 0 seconds");
        }

        assertThat(waiting.marked(MovieListKind.HIDDEN)).isEmpty();
        waiting.mark(MovieListKind.HIDDEN, 318);
        assertThat(store().load("Me").marked(MovieListKind.HIDDEN)).containsExactly(new MarkedMovie(318, NOW));
    }

    @Test
    void aMovieHiddenInAnotherStoreIsKeptByTheNextChangeHere() throws Exception {
        SavedProfile here = store().create("Me");
        SavedProfile there = new ProfileStore(profiles(), new SettableClock(NOW)).load("Me");
        there.mark(MovieListKind.HIDDEN, 1);

        here.mark(MovieListKind.HIDDEN, 2);

        assertThat(store().load("Me").marked(MovieListKind.HIDDEN)).extracting(MarkedMovie::movieId)
                .containsExactly(1, 2);
    }

    @Test
    void theListsTravelWithAProfilesExportAndImport() throws Exception {
        SavedProfile me = store().create("Me");
        me.rate(1, 4);
        me.mark(MovieListKind.HIDDEN, 3);
        me.mark(MovieListKind.WATCHLIST, 4);
        Path exported = folder.resolve("backup").resolve("mine.csv");
        Files.createDirectories(exported.getParent());

        me.exportTo(exported);

        assertTrue(Files.exists(folder.resolve("backup").resolve("mine.hidden.csv")));
        SavedProfile other = store().create("Other");
        other.mark(MovieListKind.WATCHLIST, 9);
        for (MovieListKind kind : MovieListKind.values()) {
            other.importMarked(kind, kind.readBesides(exported).orElseThrow().movies());
        }
        assertThat(other.marked(MovieListKind.HIDDEN)).extracting(MarkedMovie::movieId).containsExactly(3);
        assertThat(other.marked(MovieListKind.WATCHLIST)).extracting(MarkedMovie::movieId).containsExactly(4, 9);
        assertThat(MovieListKind.HIDDEN.readBesides(folder.resolve("elsewhere.csv"))).isEmpty();
    }

    @Test
    void theWatchlistExportsWithTitlesYearsGenresAndTheDayAdded(@TempDir Path data) throws Exception {
        var dataset = SmallWorld.load(data);
        Path target = folder.resolve("watchlist.csv");

        WatchlistCsv.write(target, List.of(new MarkedMovie(9, 0), new MarkedMovie(4242, NOW)), dataset);

        assertThat(Files.readString(target)).isEqualTo("""
                movieId,title,year,genres,added
                9,Comedy Drama Nine,2009,Comedy|Drama,1970-01-01
                4242,,,,2023-11-14
                """);
    }
}
