package io.github.movierecommender.posters;

import java.time.Duration;

/**
 * How long and how much one request to TMDB may take: the time to connect, the time for the whole
 * answer, and the longest JSON answer and poster image accepted, so that no server can make the
 * app wait for ever or fill its memory.
 */
public record TmdbLimits(Duration connect, Duration answer, int jsonBytes, int imageBytes) {

    private static final int KIB = 1024;

    /** Generous for TMDB: its configuration is about 2 KB, a movie's details under 20 KB, a w185 poster about 20 KB. */
    public static final TmdbLimits DEFAULT = new TmdbLimits(Duration.ofSeconds(5), Duration.ofSeconds(15),
            256 * KIB, 4 * KIB * KIB);
}
