package io.github.movierecommender.profile;

import io.github.movierecommender.data.BadLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A MovieLens-format ratings CSV to import ratings from. {@link #scan} reads it once for its user
 * ids, holding only a count per user, so even a whole release's ratings file fits; when it has
 * several, the caller picks one and {@link #ratingsOf} reads that user's ratings. Malformed lines
 * are listed by number and counted; the file itself is never changed.
 */
public final class RatingsImport {

    private final Path file;
    private final SortedMap<Integer, Integer> ratingsPerUser;
    private final RatingsCsv.Report report;

    private RatingsImport(Path file, SortedMap<Integer, Integer> ratingsPerUser, RatingsCsv.Report report) {
        this.file = file;
        this.ratingsPerUser = ratingsPerUser;
        this.report = report;
    }

    /** Reads the file once; {@link UnreadableFileException} when it is empty or has another header. */
    public static RatingsImport scan(Path file) throws ProfileException {
        SortedMap<Integer, Integer> ratingsPerUser = new TreeMap<>();
        RatingsCsv.Report report = RatingsCsv.read(file,
                (userId, rating) -> ratingsPerUser.merge(userId, 1, Integer::sum));
        return new RatingsImport(file, ratingsPerUser, report);
    }

    public Path file() {
        return file;
    }

    /** The user ids found, ascending. */
    public List<Integer> userIds() {
        return List.copyOf(ratingsPerUser.keySet());
    }

    /** How many sound lines the user has. */
    public int ratingCount(int userId) {
        return ratingsPerUser.getOrDefault(userId, 0);
    }

    /** The first malformed lines, with file, line number and problem. */
    public List<BadLine> badLines() {
        return report.firstBadLines();
    }

    public long badLineCount() {
        return report.badLineCount();
    }

    /**
     * The user's ratings, ascending by movie id, with their timestamps; a movie rated twice keeps
     * the later rating. Reads the file again.
     */
    public List<ProfileRating> ratingsOf(int userId) throws ProfileException {
        Map<Integer, ProfileRating> byMovie = new TreeMap<>();
        RatingsCsv.read(file, (user, rating) -> {
            if (user == userId) {
                byMovie.merge(rating.movieId(), rating, RatingsCsv::later);
            }
        });
        return List.copyOf(byMovie.values());
    }
}
