package io.github.movierecommender.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.overview.DatasetOverview.GenreCount;
import io.github.movierecommender.overview.DatasetOverview.GenreTally;
import io.github.movierecommender.overview.DatasetOverview.RatingCount;
import io.github.movierecommender.overview.DatasetOverview.YearCount;
import io.github.movierecommender.overview.LogHistogram.Bin;
import io.github.movierecommender.recommend.MovieStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The overview of a seeded random dataset (users with 1 to 150 ratings, timestamps over the whole
 * unsigned 32-bit range and on either side of New Year, movies without genres and unrated ones)
 * against the same numbers worked out the plain way from the lines written: sorting, maps and
 * {@link java.time} per rating.
 */
class OverviewReferenceTest {

    private static final String[] GENRES = {"Action", "Comedy", "Drama", "Horror", "Sci-Fi", "Western"};
    private static final int MOVIES = 400;
    private static final int USERS = 700;
    private static final long LAST_SECOND = 0xFFFF_FFFFL;

    @TempDir
    static Path folder;

    static Dataset dataset;
    static DatasetOverview overview;
    static final List<int[]> ratingsWritten = new ArrayList<>();
    static final List<List<String>> genresWritten = new ArrayList<>();

    @BeforeAll
    static void writeAndCompute() throws Exception {
        SplittableRandom random = new SplittableRandom(2015);
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        for (int m = 1; m <= MOVIES; m++) {
            List<String> genres = new ArrayList<>();
            for (String genre : GENRES) {
                if (random.nextInt(4) == 0) {
                    genres.add(genre);
                }
            }
            genresWritten.add(genres);
            movies.append(m).append(",Movie ").append(m).append(" (2000),")
                    .append(genres.isEmpty() ? "(no genres listed)" : String.join("|", genres)).append('\n');
        }
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (int user = 1; user <= USERS; user++) {
            int count = random.nextInt(10) == 0 ? 1 + random.nextInt(150) : 1 + random.nextInt(12);
            int[] rated = random.ints(0, MOVIES - 20).distinct().limit(count).map(m -> m + 1).toArray();
            for (int movie : rated) {
                int halfStars = 1 + random.nextInt(10);
                long time = switch (random.nextInt(6)) {
                    case 0 -> random.nextLong(LAST_SECOND + 1);
                    case 1 -> Math.max(0, Math.min(LAST_SECOND, LocalDate.of(1970 + random.nextInt(137), 1, 1)
                            .toEpochSecond(LocalTime.MIDNIGHT, ZoneOffset.UTC) + random.nextInt(-2, 2)));
                    default -> 800_000_000L + random.nextLong(900_000_000L);
                };
                ratingsWritten.add(new int[] {user, movie, halfStars, (int) time});
                ratings.append(user).append(',').append(movie).append(',').append(halfStars / 2.0).append(',')
                        .append(time).append('\n');
            }
        }
        Files.writeString(folder.resolve("movies.csv"), movies);
        Files.writeString(folder.resolve("ratings.csv"), ratings);
        dataset = DatasetLoader.load(folder);
        overview = DatasetOverview.of(new MovieStats(dataset), 3);
    }

    @Test
    void theStarValuesAreCountedAsTheLinesGiveThem() {
        TreeMap<Double, Long> expected = new TreeMap<>();
        ratingsWritten.forEach(rating -> expected.merge(rating[2] / 2.0, 1L, Long::sum));

        assertEquals(expected.entrySet().stream().map(entry -> new RatingCount(entry.getKey(), entry.getValue()))
                .toList(), overview.ratingDistribution());
    }

    @Test
    void everyYearFromTheFirstToTheLastIsCountedInUtc() {
        assertEquals(referenceYears(), overview.ratingsPerYear());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void cuttingThePassIntoRunsSideBySideCountsTheSame(int parts) {
        RatingTallies tallies = RatingTallies.of(dataset.ratings(), parts);

        assertEquals(overview.ratingDistribution(), tallies.distribution());
        assertEquals(referenceYears(), tallies.years());
    }

    @Test
    void ratingsPerUserAndPerMovieAreBinnedWithTheMedianOfTheSortedCounts() {
        Map<Integer, Integer> perUser = new HashMap<>();
        Map<Integer, Integer> perMovie = new HashMap<>();
        for (int[] rating : ratingsWritten) {
            perUser.merge(rating[0], 1, Integer::sum);
            perMovie.merge(rating[1], 1, Integer::sum);
        }

        assertReferenceHistogram(perUser.values().stream().mapToInt(Integer::intValue).toArray(),
                overview.ratingsPerUser());
        assertReferenceHistogram(perMovie.values().stream().mapToInt(Integer::intValue).toArray(),
                overview.ratingsPerMovie());
        assertEquals(MOVIES - perMovie.size(), overview.unratedMovies());
        assertThat(overview.unratedMovies()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void genresAreCountedByMoviesAndByRatingsAsTheCatalogueListsThem() {
        Map<String, long[]> counts = new HashMap<>();
        long[] without = new long[2];
        int[] votes = new int[MOVIES + 1];
        ratingsWritten.forEach(rating -> votes[rating[1]]++);
        for (int m = 1; m <= MOVIES; m++) {
            List<String> genres = genresWritten.get(m - 1);
            if (genres.isEmpty()) {
                without[0]++;
                without[1] += votes[m];
            }
            for (String genre : genres) {
                long[] tally = counts.computeIfAbsent(genre, name -> new long[2]);
                tally[0]++;
                tally[1] += votes[m];
            }
        }

        assertEquals(referenceTally(counts, 0, without[0]), overview.genresByMovies());
        assertEquals(referenceTally(counts, 1, without[1]), overview.genresByRatings());
        assertThat(without[0]).isPositive();
    }

    private static List<YearCount> referenceYears() {
        TreeMap<Integer, Long> byYear = new TreeMap<>();
        for (int[] rating : ratingsWritten) {
            int year = Instant.ofEpochSecond(Integer.toUnsignedLong(rating[3])).atZone(ZoneOffset.UTC).getYear();
            byYear.merge(year, 1L, Long::sum);
        }
        return IntStream.rangeClosed(byYear.firstKey(), byYear.lastKey())
                .mapToObj(year -> new YearCount(year, byYear.getOrDefault(year, 0L))).toList();
    }

    private static void assertReferenceHistogram(int[] values, LogHistogram histogram) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + (double) sorted[middle]) / 2;
        List<Bin> bins = new ArrayList<>();
        for (int from = 1; from <= sorted[sorted.length - 1]; from *= 2) {
            int first = from;
            int last = 2 * from - 1;
            bins.add(new Bin(first, last, (int) Arrays.stream(values).filter(v -> v >= first && v <= last).count()));
        }

        assertEquals(bins, histogram.bins());
        assertEquals(median, histogram.median());
    }

    private static GenreTally referenceTally(Map<String, long[]> counts, int which, long withoutGenre) {
        return new GenreTally(counts.entrySet().stream()
                .map(entry -> new GenreCount(entry.getKey(), entry.getValue()[which]))
                .sorted(Comparator.comparingLong(GenreCount::count).reversed().thenComparing(GenreCount::genre))
                .toList(), withoutGenre);
    }
}
