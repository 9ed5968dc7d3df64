package io.github.movierecommender.profile;

import io.github.movierecommender.appdata.AppFolders;
import io.github.movierecommender.data.BadLine;
import io.github.movierecommender.files.AtomicFile;
import io.github.movierecommender.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The named profiles kept in one folder ({@code profiles} in the app's data folder), one
 * MovieLens ratings CSV each, named after the profile ({@link ProfileNames}); user id 0, ratings
 * with one decimal, timestamps in seconds since the epoch of each change; beside it, the profile's
 * lists of movies ({@link MovieListKind}: hidden ones, the watchlist), one CSV each, kept under the
 * same rules. Every change is written
 * at once and atomically, so a crash leaves each file as it was before or after the change.
 *
 * <p>Several processes, or several stores of one process, may use the same folder: every change
 * is made holding the folder's lock ({@link FolderLock}, waiting at most {@link #LOCK_WAIT}), to
 * the file as it is on disk at that moment, read again; so a rating given in another window, or a
 * line added to the file by hand, is kept, and each open profile then shows the file as written.
 * The first time the store uses its folder it removes the temporary files that writes cut short
 * by a crash left behind.
 *
 * <p>Every method may touch the disk: call them off the UI thread. The methods are safe to call
 * from several threads.
 */
public final class ProfileStore {

    /** How long a change waits for another process's change to the folder to end. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    private static final Comparator<String> BY_NAME =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());
    private static final DateTimeFormatter SET_ASIDE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** A change made, under the lock, to the ratings as they are on disk; returns what the caller hears. */
    @FunctionalInterface
    interface Edit<T> {
        T apply(TreeMap<Integer, ProfileRating> ratings);
    }

    /** A change made, under the lock, to one of a profile's lists as it is on disk; returns what the caller hears. */
    @FunctionalInterface
    interface ListEdit<T> {
        T apply(TreeMap<Integer, MarkedMovie> movies);
    }

    /** The ratings a file holds now, and what was done if it could not be read in full. */
    private record Contents(List<ProfileRating> ratings, Optional<Recovery> recovery) {
    }

    /** The movies a list's file holds now (none when there is no file), and what was done if it could not be read in full. */
    private record ListContents(List<MarkedMovie> movies, Optional<MovieListRecovery> recovery) {
    }

    private final Path folder;
    private final Clock clock;
    private final FolderLock lock;
    private final Map<String, SavedProfile> loaded = new HashMap<>();
    private boolean tidied;

    public ProfileStore(Path folder, Clock clock) {
        this(folder, clock, LOCK_WAIT);
    }

    ProfileStore(Path folder, Clock clock, Duration lockWait) {
        this.folder = folder;
        this.clock = clock;
        this.lock = new FolderLock(folder, lockWait);
    }

    /** The profiles of this machine's user: {@code profiles} in {@link AppFolders#dataFolder()}. */
    public static ProfileStore inDataFolder(AppFolders folders) {
        return new ProfileStore(folders.dataFolder().resolve("profiles"), Clock.systemUTC());
    }

    public Path folder() {
        return folder;
    }

    /** The profiles' names, in alphabetical order regardless of case; none when the folder does not exist yet. */
    public synchronized List<String> list() throws ProfileException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        if (!tidied) {
            locked(reason -> Problem.of(ProfileProblem.FOLDER_UNUSABLE, folder, reason), () -> null);
        }
        return names();
    }

    /** A new, empty profile, written at once; the name must differ from every other one regardless of case. */
    public synchronized SavedProfile create(String name) throws ProfileException {
        String checked = ProfileNames.check(name);
        Path file = fileOf(checked);
        return locked(reason -> Problem.of(ProfileProblem.NOT_CREATED, checked, folder, reason), () -> {
            requireFree(checked, null);
            AtomicFile.write(file, RatingsCsv.format(RatingsFile.PROFILE_USER_ID, List.of()));
            SavedProfile profile = new SavedProfile(this, checked, file, List.of(), Optional.empty());
            readLists(profile);
            loaded.put(checked, profile);
            return profile;
        });
    }

    /**
     * The profile of that name, as its file is now (an open profile is read again). A file that
     * cannot be read in full is kept aside as {@code NAME.csv.unreadable-TIME} and the profile goes
     * on with the ratings that could be read: {@link SavedProfile#recovery()} tells what happened.
     */
    public synchronized SavedProfile load(String name) throws ProfileException {
        SavedProfile open = loaded.get(name);
        if (open != null) {
            reload(open);
            return open;
        }
        Path file = existingFile(name);
        return locked(reason -> Problem.of(ProfileProblem.NOT_OPENED, name, file, reason),
                () -> {
                    Contents contents = readNow(file)
                            .orElseThrow(() -> new ProfileException(
                                    Problem.of(ProfileProblem.NO_SUCH_PROFILE, name, folder)));
                    SavedProfile profile = new SavedProfile(this, name, file, contents.ratings(), contents.recovery());
                    readLists(profile);
                    loaded.put(name, profile);
                    return profile;
                });
    }

    /** Renames a profile (its file); a name that differs only in case is allowed. */
    public synchronized void rename(String name, String newName) throws ProfileException {
        Path file = existingFile(name);
        String checked = ProfileNames.check(newName);
        if (checked.equals(name)) {
            return;
        }
        Path target = fileOf(checked);
        locked(reason -> Problem.of(ProfileProblem.NOT_RENAMED, name, checked, reason),
                () -> {
                    requireFree(checked, name);
                    move(file, target);
                    for (MovieListKind kind : MovieListKind.values()) {
                        if (Files.exists(kind.besides(file), LinkOption.NOFOLLOW_LINKS)) {
                            move(kind.besides(file), kind.besides(target));
                        }
                    }
                    AtomicFile.syncFolder(folder);
                    return null;
                });
        SavedProfile open = loaded.remove(name);
        if (open != null) {
            open.renamed(checked, target);
            loaded.put(checked, open);
        }
    }

    /** Deletes a profile and its file for good; the caller has asked the user first. */
    public synchronized void delete(String name) throws ProfileException {
        Path file = existingFile(name);
        locked(reason -> Problem.of(ProfileProblem.NOT_DELETED, name, reason), () -> {
            Files.delete(file);
            for (MovieListKind kind : MovieListKind.values()) {
                Files.deleteIfExists(kind.besides(file));
            }
            AtomicFile.syncFolder(folder);
            return null;
        });
        SavedProfile open = loaded.remove(name);
        if (open != null) {
            open.deleted();
        }
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    /**
     * Under the lock, applies {@code edit} to the profile's file as it is now (the profile's own
     * ratings when the file is gone, so that nothing shown is lost), writes the result when it
     * differs, and shows it in the profile. {@code what} names the change in messages.
     */
    synchronized <T> T change(SavedProfile profile, Problem what, Edit<T> edit) throws ProfileException {
        Path file = profile.file();
        return locked(reason -> Problem.of(ProfileProblem.NOT_SAVED, what, file, reason), () -> {
            if (profile.isDeleted()) {
                throw new ProfileException(Problem.of(ProfileProblem.DELETED_NOT_SAVED, profile.name(), what));
            }
            readNow(file).ifPresent(contents -> profile.refreshed(contents.ratings(), contents.recovery()));
            TreeMap<Integer, ProfileRating> before = SavedProfile.byMovie(profile.ratings());
            TreeMap<Integer, ProfileRating> after = new TreeMap<>(before);
            T result = edit.apply(after);
            if (!after.equals(before) || !Files.exists(file)) {
                AtomicFile.write(file, RatingsCsv.format(RatingsFile.PROFILE_USER_ID, after.values()));
                profile.refreshed(after.values(), Optional.empty());
            }
            return result;
        });
    }

    /**
     * Under the lock, applies {@code edit} to the profile's list of that kind as its file is now,
     * writes the result when it differs, and shows it in the profile.
     */
    synchronized <T> T changeList(SavedProfile profile, MovieListKind kind, Problem what, ListEdit<T> edit)
            throws ProfileException {
        Path file = kind.besides(profile.file());
        return locked(reason -> Problem.of(ProfileProblem.NOT_SAVED, what, file, reason), () -> {
            if (profile.isDeleted()) {
                throw new ProfileException(Problem.of(ProfileProblem.DELETED_NOT_SAVED, profile.name(), what));
            }
            ListContents now = readListNow(kind, file);
            profile.listRefreshed(kind, now.movies(), now.recovery());
            TreeMap<Integer, MarkedMovie> before = SavedProfile.byMovieId(now.movies());
            TreeMap<Integer, MarkedMovie> after = new TreeMap<>(before);
            T result = edit.apply(after);
            if (!after.equals(before)) {
                AtomicFile.write(file, MarkedMoviesCsv.format(after.values()));
                profile.listRefreshed(kind, after.values(), Optional.empty());
            }
            return result;
        });
    }

    /** Shows the profile's files as they are now in the profile; a ratings file that is gone changes nothing. */
    synchronized void reload(SavedProfile profile) throws ProfileException {
        Path file = profile.file();
        locked(reason -> Problem.of(ProfileProblem.NOT_READ_AGAIN, profile.name(), file, reason), () -> {
            readNow(file).ifPresent(contents -> profile.refreshed(contents.ratings(), contents.recovery()));
            readLists(profile);
            return null;
        });
    }

    /** Shows the profile's lists as their files are now; only called under the lock. */
    private void readLists(SavedProfile profile) throws ProfileException {
        for (MovieListKind kind : MovieListKind.values()) {
            ListContents contents = readListNow(kind, kind.besides(profile.file()));
            profile.listRefreshed(kind, contents.movies(), contents.recovery());
        }
    }

    /**
     * The list's file as it is now, no movies when there is none; one that cannot be read in full
     * is kept aside and rewritten with the movies that could be read. Only called under the lock.
     */
    private ListContents readListNow(MovieListKind kind, Path file) throws ProfileException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new ListContents(List.of(), Optional.empty());
        }
        List<MarkedMovie> movies;
        List<BadLine> problems;
        long problemCount;
        try {
            MarkedMoviesCsv contents = MarkedMoviesCsv.read(file);
            movies = contents.movies();
            problems = contents.badLines();
            problemCount = contents.badLineCount();
        } catch (UnreadableFileException e) {
            movies = List.of();
            problems = List.of(e.badLine());
            problemCount = 1;
        }
        if (problemCount == 0) {
            return new ListContents(movies, Optional.empty());
        }
        Path keptAs = setAside(file, MarkedMoviesCsv.format(movies));
        return new ListContents(movies,
                Optional.of(new MovieListRecovery(kind, file, keptAs, problems, problemCount, movies.size())));
    }

    /**
     * Runs {@code action} holding the folder's lock; {@code failure} makes the problem from the
     * reason it failed (the system's words, or a lock problem).
     */
    private <T> T locked(Function<Object, Problem> failure, FolderLock.Locked<T> action) throws ProfileException {
        try {
            return lock.holding(() -> {
                tidy();
                return action.run();
            });
        } catch (IOException e) {
            throw new ProfileException(failure.apply(e.getMessage()), e);
        } catch (FolderLock.BusyException e) {
            throw new ProfileException(failure.apply(e.problem()), e);
        }
    }

    /** Removes the temporary files of profile writes a crash cut short; only called under the lock. */
    private void tidy() {
        if (tidied) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(AtomicFile::isTemporary)
                    .filter(file -> file.getFileName().toString().contains(ProfileNames.EXTENSION + "."))
                    .toList()) {
                Files.deleteIfExists(file);
            }
            tidied = true;
        } catch (IOException | UncheckedIOException e) {
            // Left for the next time: a leftover temporary file harms no profile.
        }
    }

    /**
     * The file as it is now, or empty when there is none; one that cannot be read in full is kept
     * aside and rewritten with the ratings that could be read. Only called under the lock.
     */
    private Optional<Contents> readNow(Path file) throws ProfileException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<ProfileRating> ratings;
        List<BadLine> problems;
        long problemCount;
        try {
            RatingsFile contents = RatingsFile.read(file);
            ratings = contents.ratings();
            problems = contents.badLines();
            problemCount = contents.badLineCount();
        } catch (UnreadableFileException e) {
            ratings = List.of();
            problems = List.of(e.badLine());
            problemCount = 1;
        }
        if (problemCount == 0) {
            return Optional.of(new Contents(ratings, Optional.empty()));
        }
        Path keptAs = setAside(file, RatingsCsv.format(RatingsFile.PROFILE_USER_ID, ratings));
        return Optional.of(new Contents(ratings,
                Optional.of(new Recovery(file, keptAs, problems, problemCount, ratings.size()))));
    }

    /** Keeps a copy of the file as it is, then writes what could be read ({@code readable}) in its place. */
    private Path setAside(Path file, String readable) throws ProfileException {
        Path wanted = file.resolveSibling(file.getFileName() + ".unreadable-" + SET_ASIDE_TIME.format(clock.instant()));
        Path keptAs;
        try {
            keptAs = AtomicFile.keepCopy(file, wanted);
        } catch (IOException e) {
            throw new ProfileException(Problem.of(ProfileProblem.UNREADABLE_NOT_KEPT, file, e.getMessage()), e);
        }
        try {
            AtomicFile.write(file, readable);
        } catch (IOException e) {
            throw new ProfileException(Problem.of(ProfileProblem.UNREADABLE_NOT_REWRITTEN, file, e.getMessage(),
                    keptAs), e);
        }
        return keptAs;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private Path existingFile(String name) throws ProfileException {
        SavedProfile open = loaded.get(name);
        if (open != null) {
            return open.file();
        }
        if (name != null && list().contains(name)) {
            return fileOf(name);
        }
        throw new ProfileException(Problem.of(ProfileProblem.NO_SUCH_PROFILE, String.valueOf(name), folder));
    }

    /** Fails when another profile than {@code except} has the name, regardless of case. */
    private void requireFree(String name, String except) throws ProfileException {
        String key = ProfileNames.key(name);
        for (String other : names()) {
            if (!other.equals(except) && ProfileNames.key(other).equals(key)) {
                throw new ProfileException(Problem.of(ProfileProblem.NAME_TAKEN, other));
            }
        }
    }

    private List<String> names() throws ProfileException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> ProfileNames.nameOf(file.getFileName().toString()))
                    .flatMap(Optional::stream)
                    .sorted(BY_NAME)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ProfileException(Problem.of(ProfileProblem.FOLDER_UNREADABLE, folder, e.getMessage()), e);
        }
    }

    private Path fileOf(String name) {
        return folder.resolve(ProfileNames.fileName(name));
    }
}
