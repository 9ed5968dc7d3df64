package io.github.movierecommender.profile;

import io.github.movierecommender.appdata.AppFolders;
import io.github.movierecommender.data.BadLine;
import io.github.movierecommender.files.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The named profiles kept in one folder ({@code profiles} in the app's data folder), one
 * MovieLens ratings CSV each, named after the profile ({@link ProfileNames}); user id 0, ratings
 * with one decimal, timestamps in seconds since the epoch of each change. Every change is written
 * at once and atomically, so a crash leaves each file as it was before or after the change.
 *
 * <p>Every method may touch the disk: call them off the UI thread. One store per folder and
 * process; the methods are safe to call from several threads.
 */
public final class ProfileStore {

    private static final Comparator<String> BY_NAME =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());
    private static final DateTimeFormatter SET_ASIDE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;
    private final Map<String, SavedProfile> loaded = new HashMap<>();

    public ProfileStore(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
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
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> ProfileNames.nameOf(file.getFileName().toString()))
                    .flatMap(Optional::stream)
                    .sorted(BY_NAME)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ProfileException("the profiles folder " + folder + " cannot be read (" + e.getMessage() + ")",
                    e);
        }
    }

    /** A new, empty profile, written at once; the name must differ from every other one regardless of case. */
    public synchronized SavedProfile create(String name) throws ProfileException {
        String checked = ProfileNames.check(name);
        requireFree(checked, null);
        Path file = fileOf(checked);
        try {
            createFolder();
            AtomicFile.write(file, RatingsCsv.format(RatingsFile.PROFILE_USER_ID, List.of()));
        } catch (IOException e) {
            throw new ProfileException("the profile '" + checked + "' could not be created in " + folder + " ("
                    + e.getMessage() + ")", e);
        }
        SavedProfile profile = new SavedProfile(this, checked, file, List.of(), Optional.empty());
        loaded.put(checked, profile);
        return profile;
    }

    /**
     * The profile of that name. A file that cannot be read in full is kept aside as
     * {@code NAME.csv.unreadable-TIME} and the profile goes on with the ratings that could be read:
     * {@link SavedProfile#recovery()} tells what happened.
     */
    public synchronized SavedProfile load(String name) throws ProfileException {
        SavedProfile open = loaded.get(name);
        if (open != null) {
            return open;
        }
        Path file = existingFile(name);
        SavedProfile profile = read(name, file);
        loaded.put(name, profile);
        return profile;
    }

    /** Renames a profile (its file); a name that differs only in case is allowed. */
    public synchronized void rename(String name, String newName) throws ProfileException {
        Path file = existingFile(name);
        String checked = ProfileNames.check(newName);
        if (checked.equals(name)) {
            return;
        }
        requireFree(checked, name);
        Path target = fileOf(checked);
        try {
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target);
            }
            AtomicFile.syncFolder(folder);
        } catch (IOException e) {
            throw new ProfileException("the profile '" + name + "' could not be renamed to '" + checked + "' ("
                    + e.getMessage() + ")", e);
        }
        SavedProfile open = loaded.remove(name);
        if (open != null) {
            open.renamed(checked, target);
            loaded.put(checked, open);
        }
    }

    /** Deletes a profile and its file for good; the caller has asked the user first. */
    public synchronized void delete(String name) throws ProfileException {
        Path file = existingFile(name);
        try {
            Files.delete(file);
            AtomicFile.syncFolder(folder);
        } catch (IOException e) {
            throw new ProfileException("the profile '" + name + "' could not be deleted (" + e.getMessage() + ")", e);
        }
        SavedProfile open = loaded.remove(name);
        if (open != null) {
            open.deleted();
        }
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    void createFolder() throws IOException {
        Files.createDirectories(folder);
    }

    private SavedProfile read(String name, Path file) throws ProfileException {
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
            return new SavedProfile(this, name, file, ratings, Optional.empty());
        }
        Path keptAs = setAside(file, ratings);
        Recovery recovery = new Recovery(file, keptAs, problems, problemCount, ratings.size());
        return new SavedProfile(this, name, file, ratings, Optional.of(recovery));
    }

    /** Keeps a copy of the file as it is, then writes the ratings that could be read in its place. */
    private Path setAside(Path file, List<ProfileRating> ratings) throws ProfileException {
        Path wanted = file.resolveSibling(file.getFileName() + ".unreadable-" + SET_ASIDE_TIME.format(clock.instant()));
        Path keptAs;
        try {
            keptAs = AtomicFile.keepCopy(file, wanted);
        } catch (IOException e) {
            throw new ProfileException(file + " could not be read in full, and a copy of it could not be kept ("
                    + e.getMessage() + "); the file is left as it is", e);
        }
        try {
            AtomicFile.write(file, RatingsCsv.format(RatingsFile.PROFILE_USER_ID, ratings));
        } catch (IOException e) {
            throw new ProfileException(file + " could not be read in full and could not be rewritten ("
                    + e.getMessage() + "); it is kept as it was in " + keptAs, e);
        }
        return keptAs;
    }

    private Path existingFile(String name) throws ProfileException {
        SavedProfile open = loaded.get(name);
        if (open != null) {
            return open.file();
        }
        if (name != null && list().contains(name)) {
            return fileOf(name);
        }
        throw new ProfileException("there is no profile named '" + name + "' in " + folder);
    }

    /** Fails when another profile than {@code except} has the name, regardless of case. */
    private void requireFree(String name, String except) throws ProfileException {
        String key = ProfileNames.key(name);
        for (String other : list()) {
            if (!other.equals(except) && ProfileNames.key(other).equals(key)) {
                throw new ProfileException("a profile named '" + other + "' already exists");
            }
        }
    }

    private Path fileOf(String name) {
        return folder.resolve(ProfileNames.fileName(name));
    }
}
