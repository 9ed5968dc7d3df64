package io.github.movierecommender.profile;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.files.AtomicFile;
import io.github.movierecommender.problem.Problem;
import io.github.movierecommender.recommend.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A named profile of its {@link ProfileStore}: the ratings a person gave and the movies on its
 * lists ({@link MovieListKind}), each change written to
 * its file before the method returns. A change is made to the file as it is on disk at that
 * moment (see {@link ProfileStore}), and the profile then holds the file as written, with the
 * ratings other processes or a hand edit put in it. Methods that change the profile or read or
 * write a file block on the disk: call them off the UI thread. Reading methods answer from
 * memory. Safe for use from several threads; there is one instance per profile and store.
 */
public final class SavedProfile {

    private final ProfileStore store;
    private Optional<Recovery> recovery;
    private String name;
    private Path file;
    private TreeMap<Integer, ProfileRating> ratings;
    private final Map<MovieListKind, TreeMap<Integer, MarkedMovie>> marked = new EnumMap<>(MovieListKind.class);
    private final Map<MovieListKind, MovieListRecovery> listRecoveries = new EnumMap<>(MovieListKind.class);
    private boolean deleted;

    SavedProfile(ProfileStore store, String name, Path file, Collection<ProfileRating> ratings,
                 Optional<Recovery> recovery) {
        this.store = store;
        this.name = name;
        this.file = file;
        this.ratings = byMovie(ratings);
        this.recovery = recovery;
    }

    public String name() {
        synchronized (store) {
            return name;
        }
    }

    /** The profile's ratings CSV. */
    public Path file() {
        synchronized (store) {
            return file;
        }
    }

    /** Present once this profile's file could not be read in full: the latest time that happened. */
    public Optional<Recovery> recovery() {
        synchronized (store) {
            return recovery;
        }
    }

    /** The ratings, ascending by movie id. */
    public List<ProfileRating> ratings() {
        synchronized (store) {
            return List.copyOf(ratings.values());
        }
    }

    public Optional<ProfileRating> ratingOf(int movieId) {
        synchronized (store) {
            return Optional.ofNullable(ratings.get(movieId));
        }
    }

    /** The movies on the profile's list of that kind, ascending by movie id. */
    public List<MarkedMovie> marked(MovieListKind kind) {
        synchronized (store) {
            return List.copyOf(marked.getOrDefault(kind, new TreeMap<>()).values());
        }
    }

    /** For each of the profile's lists whose file could not be read in full, the latest time that happened. */
    public List<MovieListRecovery> listRecoveries() {
        synchronized (store) {
            return List.copyOf(listRecoveries.values());
        }
    }

    /** Puts a movie on the list of that kind and writes the list; false when it was on it already. */
    public boolean mark(MovieListKind kind, int movieId) throws ProfileException {
        MarkedMovie movie = new MarkedMovie(movieId, store.now());
        ProfileProblem change = kind == MovieListKind.HIDDEN ? ProfileProblem.CHANGE_HIDE
                : ProfileProblem.CHANGE_WATCHLIST_ADD;
        return store.changeList(this, kind, Problem.of(change, movieId),
                latest -> latest.putIfAbsent(movieId, movie) == null);
    }

    /** Takes a movie off the list of that kind and writes the list; false when it was not on it. */
    public boolean unmark(MovieListKind kind, int movieId) throws ProfileException {
        ProfileProblem change = kind == MovieListKind.HIDDEN ? ProfileProblem.CHANGE_UNHIDE
                : ProfileProblem.CHANGE_WATCHLIST_REMOVE;
        return store.changeList(this, kind, Problem.of(change, movieId), latest -> latest.remove(movieId) != null);
    }

    /** Adds the movies not on the list of that kind yet, in one write; returns how many were added. */
    public int importMarked(MovieListKind kind, Collection<MarkedMovie> movies) throws ProfileException {
        return store.changeList(this, kind, Problem.of(ProfileProblem.CHANGE_IMPORT_LISTS), latest -> {
            int added = 0;
            for (MarkedMovie movie : movies) {
                if (latest.putIfAbsent(movie.movieId(), movie) == null) {
                    added++;
                }
            }
            return added;
        });
    }

    public int size() {
        synchronized (store) {
            return ratings.size();
        }
    }

    /**
     * Reads the file again, for the ratings given since in other windows or by hand; a file that
     * is gone leaves the profile as it is.
     */
    public void reload() throws ProfileException {
        store.reload(this);
    }

    /**
     * Rates a movie (0.5 to 5 in halves; {@link IllegalArgumentException} otherwise) and writes the
     * profile; the rating is kept once this returns. Rating a movie as it already is writes nothing.
     */
    public ProfileRating rate(int movieId, double rating) throws ProfileException {
        ProfileRating rated = new ProfileRating(movieId, rating, store.now());
        return store.change(this, Problem.of(ProfileProblem.CHANGE_RATING, movieId), latest -> {
            ProfileRating before = latest.get(movieId);
            if (before != null && before.rating() == rated.rating()) {
                return before;
            }
            latest.put(movieId, rated);
            return rated;
        });
    }

    /** Removes a movie's rating and writes the profile; false when the movie was not rated. */
    public boolean unrate(int movieId) throws ProfileException {
        return store.change(this, Problem.of(ProfileProblem.CHANGE_REMOVAL, movieId),
                latest -> latest.remove(movieId) != null);
    }

    /**
     * Adds imported ratings (from {@link RatingsImport#ratingsOf}) in one write: a movie the profile
     * has not rated is added, a rated one takes the imported rating only when that is newer, so no
     * rating given since is lost.
     */
    public ImportResult importRatings(Collection<ProfileRating> imported) throws ProfileException {
        return store.change(this, Problem.of(ProfileProblem.CHANGE_IMPORT), latest -> {
            int added = 0;
            int replaced = 0;
            for (ProfileRating rating : imported) {
                ProfileRating before = latest.get(rating.movieId());
                if (before == null) {
                    added++;
                } else if (rating.timestamp() > before.timestamp()) {
                    replaced++;
                } else {
                    continue;
                }
                latest.put(rating.movieId(), rating);
            }
            return new ImportResult(added, replaced, imported.size() - added - replaced);
        });
    }

    /**
     * Writes the profile, as its files are now, as a MovieLens ratings CSV to {@code target},
     * replacing it in one step, and its lists beside it ({@link MovieListKind#besides}), where an
     * import of {@code target} finds them.
     */
    public void exportTo(Path target) throws ProfileException {
        synchronized (store) {
            reload();
            try {
                AtomicFile.write(target, RatingsCsv.format(RatingsFile.PROFILE_USER_ID, ratings.values()));
                for (MovieListKind kind : MovieListKind.values()) {
                    AtomicFile.write(kind.besides(target), MarkedMoviesCsv.format(marked(kind)));
                }
            } catch (IOException e) {
                throw new ProfileException(Problem.of(ProfileProblem.NOT_EXPORTED, name, target, e.getMessage()), e);
            }
        }
    }

    /**
     * The profile to recommend for in {@code dataset}; ratings of movies the dataset lacks stay in
     * the file and are listed by {@link Profile#unknownMovieIds()}.
     */
    public Profile toProfile(Dataset dataset) {
        return Profile.of(dataset, ratings().stream().map(ProfileRating::toMovieRating).toList());
    }

    @Override
    public String toString() {
        return name();
    }

    /** Called by the store, which holds the lock: the file as read or written; a recovery, when present, is kept. */
    void refreshed(Collection<ProfileRating> now, Optional<Recovery> recovered) {
        ratings = byMovie(now);
        if (recovered.isPresent()) {
            recovery = recovered;
        }
    }

    /** Called by the store, which holds the lock: the list as read or written; a recovery, when present, is kept. */
    void listRefreshed(MovieListKind kind, Collection<MarkedMovie> now, Optional<MovieListRecovery> recovered) {
        marked.put(kind, byMovieId(now));
        recovered.ifPresent(recovery -> listRecoveries.put(kind, recovery));
    }

    static TreeMap<Integer, MarkedMovie> byMovieId(Collection<MarkedMovie> movies) {
        TreeMap<Integer, MarkedMovie> byMovie = new TreeMap<>();
        movies.forEach(movie -> byMovie.put(movie.movieId(), movie));
        return byMovie;
    }

    static TreeMap<Integer, ProfileRating> byMovie(Collection<ProfileRating> ratings) {
        TreeMap<Integer, ProfileRating> byMovie = new TreeMap<>();
        ratings.forEach(rating -> byMovie.put(rating.movieId(), rating));
        return byMovie;
    }

    boolean isDeleted() {
        return deleted;
    }

    /** Called by the store, which holds the lock. */
    void renamed(String newName, Path newFile) {
        name = newName;
        file = newFile;
    }

    /** Called by the store, which holds the lock. */
    void deleted() {
        deleted = true;
    }
}
