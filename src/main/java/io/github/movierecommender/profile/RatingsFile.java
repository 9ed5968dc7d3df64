package io.github.movierecommender.profile;

import io.github.movierecommender.data.BadLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ratings of a MovieLens-format ratings CSV taken as one person's: every sound line, a movie
 * rated twice keeping the rating with the later timestamp (the later line on a tie), whatever the
 * user ids. The malformed lines are listed by number ({@link RatingsCsv#BAD_LINES_LISTED} at most)
 * and counted.
 */
public record RatingsFile(Path file, List<Integer> userIds, List<ProfileRating> ratings, List<BadLine> badLines,
                          long badLineCount) {

    /** The user id a profile's ratings are written with. */
    public static final int PROFILE_USER_ID = 0;

    public RatingsFile {
        userIds = List.copyOf(userIds);
        ratings = List.copyOf(ratings);
        badLines = List.copyOf(badLines);
    }

    /**
     * Reads the file; {@link UnreadableFileException} when it is empty or has another header,
     * {@link ProfileException} when it cannot be read at all.
     */
    public static RatingsFile read(Path file) throws ProfileException {
        TreeSet<Integer> userIds = new TreeSet<>();
        Map<Integer, ProfileRating> byMovie = new TreeMap<>();
        RatingsCsv.Report report = RatingsCsv.read(file, (userId, rating) -> {
            userIds.add(userId);
            byMovie.merge(rating.movieId(), rating, RatingsCsv::later);
        });
        return new RatingsFile(file, List.copyOf(userIds), List.copyOf(byMovie.values()), report.firstBadLines(),
                report.badLineCount());
    }

    /** The file's user id when it holds exactly one, else {@link #PROFILE_USER_ID}. */
    public int userId() {
        return userIds.size() == 1 ? userIds.get(0) : PROFILE_USER_ID;
    }
}
