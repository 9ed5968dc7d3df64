package io.github.movierecommender.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.appdata.AppFolders;
import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.SmallWorld;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {

    private static final long NOW = 1_700_000_000;

    @TempDir
    Path folder;

    /** A store as the app opens it at start-up. */
    private ProfileStore store() {
        return new ProfileStore(folder.resolve("profiles"), new SettableClock(NOW));
    }

    @Test
    void keepsNamedProfilesAcrossRestarts() throws Exception {
        ProfileStore store = store();
        assertThat(store.list()).isEmpty();
        store.create("me").rate(318, 4.5);
        store.create("Amélie's").rate(4973, 5);
        store.create("Zoe");
        store.rename("me", "Me");
        store.rename("Zoe", "Bruno");
        store.delete("Amélie's");

        ProfileStore restarted = store();

        assertThat(restarted.list()).containsExactly("Bruno", "Me");
        assertThat(restarted.load("Me").ratings()).containsExactly(new ProfileRating(318, 4.5, NOW));
        assertThat(restarted.load("Bruno").ratings()).isEmpty();
    }

    @Test
    void writesEachChangeAtOnceAsAMovieLensRatingsFile() throws Exception {
        SavedProfile me = store().create("Me");
        me.rate(2571, 3);
        me.rate(318, 4.5);
        me.rate(1, 0.5);
        me.unrate(1);

        assertEquals(folder.resolve("profiles").resolve("Me.csv"), me.file());
        assertEquals("""
                userId,movieId,rating,timestamp
                0,318,4.5,1700000000
                0,2571,3.0,1700000000
                """, Files.readString(me.file()));
        assertFalse(me.unrate(1));
        try (Stream<Path> files = Files.list(me.file().getParent())) {
            assertThat(files).containsExactlyInAnyOrder(me.file(), me.file().resolveSibling(FolderLock.FILE_NAME));
        }
    }

    @Test
    void aChangedRatingTakesTheTimeOfTheChange() throws Exception {
        SettableClock clock = new SettableClock(NOW);
        SavedProfile me = new ProfileStore(folder.resolve("profiles"), clock).create("Me");
        me.rate(318, 4);

        clock.set(NOW + 60);
        me.rate(318, 4);
        me.rate(2571, 5);
        me.rate(318, 3.5);

        assertThat(store().load("Me").ratings()).containsExactly(new ProfileRating(318, 3.5, NOW + 60),
                new ProfileRating(2571, 5, NOW + 60));
    }

    @Test
    void namesDifferRegardlessOfCaseAndMustBeUsable() throws Exception {
        ProfileStore store = store();
        store.create("Me");
        store.create("You");

        assertThatThrownBy(() -> store.create(" ME ")).hasMessage("a profile named 'Me' already exists");
        assertThatThrownBy(() -> store.rename("You", "me")).hasMessage("a profile named 'Me' already exists");
        assertThatThrownBy(() -> store.create("")).hasMessage("a profile needs a name");
        assertThatThrownBy(() -> store.load("Nobody")).hasMessageStartingWith("there is no profile named 'Nobody'");
        assertThat(store.list()).containsExactly("Me", "You");
    }

    @Test
    void anOpenProfileFollowsARenameAndStopsAfterADelete() throws Exception {
        ProfileStore store = store();
        SavedProfile me = store.create("Me");
        store.rename("Me", "Myself");
        me.rate(318, 4);

        assertEquals("Myself", me.name());
        assertThat(store.load("Myself")).isSameAs(me);
        assertThat(RatingsFile.read(folder.resolve("profiles/Myself.csv")).ratings()).hasSize(1);
        assertFalse(Files.exists(folder.resolve("profiles/Me.csv")));

        store.delete("Myself");
        assertThatThrownBy(() -> me.rate(2571, 4)).hasMessageContaining("was deleted");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsKeptAsideAndTheReadableRatingsStay() throws Exception {
        Path profiles = Files.createDirectories(folder.resolve("profiles"));
        String broken = "userId,movieId,rating,timestamp\n0,318,4.5,10\n0,2571,4.3,10\n0,1,x,10\n0,4973,5.0,10\n";
        Files.writeString(profiles.resolve("Me.csv"), broken);

        SavedProfile me = store().load("Me");

        Recovery recovery = me.recovery().orElseThrow();
        Path keptAs = profiles.resolve("Me.csv.unreadable-20231114T221320Z");
        assertEquals(keptAs, recovery.keptAs());
        assertEquals(broken, Files.readString(keptAs));
        assertEquals(profiles.resolve("Me.csv") + " could not be read in full: " + profiles.resolve("Me.csv")
                + ", line 3: rating '4.3' is not a multiple of 0.5 (and 1 more line). It is kept as it was in "
                + keptAs + "; the profile keeps the 2 ratings that could be read.", recovery.message());
        assertThat(me.ratings()).extracting(ProfileRating::movieId).containsExactly(318, 4973);
        assertThat(store().load("Me").recovery()).isEmpty();
        assertThat(store().list()).containsExactly("Me");
    }

    @Test
    void aFileSetAsideNeverReplacesOneSetAsideBefore() throws Exception {
        Path profiles = Files.createDirectories(folder.resolve("profiles"));
        Files.writeString(profiles.resolve("Me.csv"), "first\n");
        Path first = store().load("Me").recovery().orElseThrow().keptAs();
        Files.writeString(profiles.resolve("Me.csv"), "second\n");

        Recovery second = store().load("Me").recovery().orElseThrow();

        assertEquals(first.resolveSibling(first.getFileName() + "-2"), second.keptAs());
        assertEquals("first\n", Files.readString(first));
        assertEquals("second\n", Files.readString(second.keptAs()));
        assertEquals(0, second.ratingsKept());
        assertThat(second.message()).contains("line 1: expected the header");
        assertEquals("userId,movieId,rating,timestamp\n", Files.readString(profiles.resolve("Me.csv")));
    }

    @Test
    void keepsRatingsOfMoviesTheDatasetLacks(@TempDir Path data) throws Exception {
        Dataset dataset = SmallWorld.load(data);
        SavedProfile me = store().create("Me");
        me.rate(1, 5);
        me.rate(999, 4);

        Profile profile = store().load("Me").toProfile(dataset);

        assertEquals(1, profile.size());
        assertEquals(List.of(999), profile.unknownMovieIds());
        assertThat(store().load("Me").ratings()).extracting(ProfileRating::movieId).containsExactly(1, 999);
    }

    @Test
    void importsOneUsersRatingsWithoutLosingNewerOnes() throws Exception {
        Path source = Files.writeString(folder.resolve("ratings.csv"), """
                userId,movieId,rating,timestamp
                1,10,2.0,100
                7,10,3.0,100
                7,11,oops,100
                7,12,4.0,100
                7,13,4.5,100
                """);
        SettableClock clock = new SettableClock(50);
        SavedProfile me = new ProfileStore(folder.resolve("profiles"), clock).create("Me");
        me.rate(10, 1);
        clock.set(200);
        me.rate(12, 1);

        RatingsImport scan = RatingsImport.scan(source);
        ImportResult result = me.importRatings(scan.ratingsOf(7));

        assertEquals(List.of(1, 7), scan.userIds());
        assertEquals(3, scan.ratingCount(7));
        assertEquals(1, scan.badLineCount());
        assertEquals(4, scan.badLines().get(0).line());
        assertEquals(new ImportResult(1, 1, 1), result);
        assertThat(store().load("Me").ratings()).containsExactly(new ProfileRating(10, 3.0, 100),
                new ProfileRating(12, 1.0, 200), new ProfileRating(13, 4.5, 100));
    }

    @Test
    void exportsAProfileToAChosenFile() throws Exception {
        SavedProfile me = store().create("Me");
        me.rate(318, 4.5);
        Path target = Files.writeString(folder.resolve("export.csv"), "older content");

        me.exportTo(target);

        assertEquals(Files.readString(me.file()), Files.readString(target));
        assertEquals(List.of(new ProfileRating(318, 4.5, NOW)), RatingsFile.read(target).ratings());
    }

    @Test
    void aRatingThatCannotBeSavedLeavesTheProfileAsItWas() throws Exception {
        SavedProfile me = store().create("Me");
        me.rate(318, 4.5);
        Path profiles = folder.resolve("profiles");
        Files.delete(me.file());
        Files.delete(profiles.resolve(FolderLock.FILE_NAME));
        Files.delete(profiles);
        Files.writeString(profiles, "a file where the folder was");

        assertThatThrownBy(() -> me.rate(2571, 5)).isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("the rating of movie 2571 could not be saved to " + me.file())
                .hasMessageEndingWith("; the profile is as it was");
        assertThat(me.ratings()).containsExactly(new ProfileRating(318, 4.5, NOW));
    }

    @Test
    void aLineAddedByHandBetweenTwoSavesSurvivesTheNextSave() throws Exception {
        SavedProfile me = store().create("Me");
        me.rate(318, 4.5);
        Files.writeString(me.file(), "0,2571,5.0,1600000000\n", StandardOpenOption.APPEND);

        me.rate(1, 3);

        assertThat(RatingsFile.read(me.file()).ratings()).containsExactly(new ProfileRating(1, 3, NOW),
                new ProfileRating(318, 4.5, NOW), new ProfileRating(2571, 5, 1_600_000_000));
        assertThat(me.ratings()).extracting(ProfileRating::movieId).containsExactly(1, 318, 2571);
    }

    @Test
    void twoStoresOfOneFolderKeepEachOthersChangesAndShowThemOnReload() throws Exception {
        SavedProfile here = store().create("Me");
        SavedProfile there = store().load("Me");
        here.rate(318, 4.5);
        there.rate(2571, 5);
        here.unrate(2571);
        there.importRatings(List.of(new ProfileRating(318, 2, NOW - 1), new ProfileRating(1, 1, NOW - 1)));

        assertThat(here.ratings()).extracting(ProfileRating::movieId).containsExactly(318);
        here.reload();

        assertThat(here.ratings()).containsExactly(new ProfileRating(1, 1, NOW - 1), new ProfileRating(318, 4.5, NOW));
        assertThat(store().load("Me").ratings()).isEqualTo(here.ratings());
    }

    @Test
    void aChangeWaitsForTheLockOnlySoLongThenSaysWhichFileIsHeld() throws Exception {
        SavedProfile me = store().create("Me");
        Path lockFile = me.file().resolveSibling(FolderLock.FILE_NAME);
        ProfileStore impatient = new ProfileStore(folder.resolve("profiles"), new SettableClock(NOW),
                Duration.ofMillis(300));
        SavedProfile waiting = impatient.load("Me");

        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            assertThatThrownBy(() -> waiting.rate(318, 4)).isInstanceOf(ProfileException.class)
                    .hasMessageStartingWith("the rating of movie 318 could not be saved to " + me.file())
                    .hasMessageContaining("kept " + lockFile + " locked for 0 seconds")
                    .hasMessageEndingWith("; the profile is as it was");
        }

        waiting.rate(318, 4);
        assertThat(store().load("Me").ratings()).containsExactly(new ProfileRating(318, 4, NOW));
    }

    @Test
    void theTemporaryFilesOfSavesCutShortAreRemovedAtTheNextStart() throws Exception {
        Path profiles = Files.createDirectories(folder.resolve("profiles"));
        Files.writeString(profiles.resolve("Me.csv"), "userId,movieId,rating,timestamp\n0,318,4.5,10\n");
        Path cutShort = Files.writeString(profiles.resolve(".Me.csv.k3j9x2.tmp"), "userId,movieId,rat");
        Path copyCutShort = Files.writeString(profiles.resolve(".Me.csv.unreadable-20240101T000000Z.a1.tmp"), "x");
        Path notOurs = Files.writeString(profiles.resolve(".notes.txt.b2.tmp"), "kept");

        assertThat(store().list()).containsExactly("Me");

        assertFalse(Files.exists(cutShort));
        assertFalse(Files.exists(copyCutShort));
        assertTrue(Files.exists(notOurs));
        assertThat(store().load("Me").ratings()).containsExactly(new ProfileRating(318, 4.5, 10));
    }

    @Test
    void livesInTheAppsDataFolder(@TempDir Path home) {
        AppFolders linux = new AppFolders("Linux", Map.of(), home);

        assertEquals(home.resolve(".local/share/movie-recommender/profiles"),
                ProfileStore.inDataFolder(linux).folder());
    }
}
