package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalogue of more genres than a 64-bit mask holds: every genre filters exactly its own movies. */
class ManyGenresTest {

    private static final int GENRES = 70;
    private static final int MOVIES = 3 * GENRES;

    @TempDir
    static Path folder;

    static Dataset dataset;
    static Recommenders recommenders;
    static Profile nobody;

    /** Movie m has the genre "Genre m % 70" and, for even m, "Genre (m + 1) % 70" too; two users rate every movie. */
    @BeforeAll
    static void load() throws Exception {
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (int m = 1; m <= MOVIES; m++) {
            String genres = genre(m % GENRES) + (m % 2 == 0 ? "|" + genre((m + 1) % GENRES) : "");
            movies.append(m).append(",Movie ").append(m).append(" (2000),").append(genres).append('\n');
            ratings.append("1,").append(m).append(",4,100\n");
            ratings.append("2,").append(m).append(",").append(1 + m % 5).append(",100\n");
        }
        Files.writeString(folder.resolve("movies.csv"), movies);
        Files.writeString(folder.resolve("ratings.csv"), ratings);
        dataset = DatasetLoader.load(folder);
        recommenders = Recommenders.of(dataset);
        nobody = Profile.of(dataset, List.of());
    }

    private static String genre(int g) {
        return "Genre " + g;
    }

    private static Set<Integer> genresOf(int m) {
        return m % 2 == 0 ? Set.of(m % GENRES, (m + 1) % GENRES) : Set.of(m % GENRES);
    }

    private static List<Integer> moviesOf(int g) {
        return IntStream.rangeClosed(1, MOVIES).filter(m -> genresOf(m).contains(g)).boxed().toList();
    }

    @Test
    void everyGenreIsKnown() {
        assertThat(recommenders.stats().genreNames()).hasSize(GENRES);
    }

    @Test
    void filteringByAnyOfSeventyGenresReturnsExactlyItsMovies() {
        for (int g = 0; g < GENRES; g++) {
            RecommendationList list = recommenders.popular().recommend(nobody,
                    new PopularParams(PopularRanking.MOST_VOTED, 1, MOVIES, genre(g).toUpperCase()));

            assertThat(list.items()).as(genre(g)).extracting(r -> r.movie().id())
                    .containsExactlyInAnyOrderElementsOf(moviesOf(g));
        }
    }

    @Test
    void genresPastTheSixtyFourthCountInTasteAndInMoreLikeThis() {
        MovieStats stats = recommenders.stats();
        int late = IntStream.range(0, GENRES).filter(g -> stats.genreIndex(genre(g)) >= Long.SIZE).findFirst()
                .orElseThrow();
        int movie = moviesOf(late).get(0);
        Profile likesIt = Profile.of(dataset, List.of(new MovieRating(movie, 5.0),
                new MovieRating(moviesOf((late + 35) % GENRES).get(0), 1.0)));

        assertThat(recommenders.genre().taste(likesIt)[stats.genreIndex(genre(late))]).isPositive();
        RecommendationList similar = recommenders.genre().moreLikeThis(dataset.movies().indexOf(movie), nobody,
                new GenreParams(1, MOVIES));
        assertThat(similar.items()).extracting(r -> r.movie().id())
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, MOVIES)
                        .filter(m -> m != movie && genresOf(m).stream().anyMatch(genresOf(movie)::contains))
                        .boxed().toList());
    }
}
