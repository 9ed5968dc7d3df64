package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoRatedMoviesTest {

    @TempDir
    Path folder;

    private static int index(Dataset dataset, int id) {
        return dataset.movies().indexOf(id);
    }

    /**
     * 12 Angry Men (1) must not lead to The Santa Clause (3) for sharing "Drama": the people who
     * liked it liked Rashomon (2), which shares no genre with it.
     */
    @Test
    void ranksByWhatThePeopleWhoLikedTheMovieAlsoLikedNotByGenre() throws Exception {
        Dataset dataset = load("""
                1,12 Angry Men (1957),Drama
                2,Rashomon (1950),Mystery
                3,The Santa Clause (1994),Comedy|Drama
                """, """
                1,1,5
                1,2,5
                1,3,1
                2,1,4.5
                2,2,4
                2,3,2
                3,1,5
                3,2,4.5
                3,3,1
                4,3,5
                4,1,3
                """);
        CoRatedMovies similar = new CoRatedMovies(new MovieStats(dataset), new GenreRecommender(new MovieStats(dataset)));

        RecommendationList list = similar.moreLikeThis(index(dataset, 1), Profile.of(dataset, List.of()),
                new GenreParams(0, 5));

        assertThat(list.method()).isEqualTo(CoRatedMovies.METHOD);
        assertThat(list.items()).extracting(item -> item.movie().id()).containsExactly(2);
        assertThat(EnglishText.of(list.items().get(0).explanation()))
                .isEqualTo("3 of the 3 people who liked 12 Angry Men liked it too");
    }

    @Test
    void sharedGenresBreakTiesAndAMovieWithFewFansGoesByGenres() throws Exception {
        Dataset dataset = load("""
                1,Source (2000),Drama|Crime
                2,Alike (2001),Drama|Crime
                3,Unlike (2002),Comedy
                4,Lonely (2003),Crime
                """, """
                1,1,5
                1,2,5
                1,3,5
                2,1,5
                2,2,5
                2,3,5
                3,1,5
                3,2,5
                3,3,5
                4,4,5
                4,1,1
                """);
        MovieStats stats = new MovieStats(dataset);
        CoRatedMovies similar = new CoRatedMovies(stats, new GenreRecommender(stats));
        Profile nobody = Profile.of(dataset, List.of());

        assertThat(similar.moreLikeThis(index(dataset, 1), nobody, new GenreParams(0, 5)).items())
                .extracting(item -> item.movie().id()).containsExactly(2, 3);
        RecommendationList byGenres = similar.moreLikeThis(index(dataset, 4), nobody, new GenreParams(0, 5));
        assertThat(byGenres.method()).isNotEqualTo(CoRatedMovies.METHOD);
        assertThat(byGenres.items()).isNotEmpty()
                .allSatisfy(item -> assertThat(item.explanation()).isInstanceOf(Explanation.SharedGenres.class));
    }

    private Dataset load(String movies, String ratings) throws Exception {
        Files.writeString(folder.resolve("movies.csv"), "movieId,title,genres\n" + movies);
        StringBuilder lines = new StringBuilder("userId,movieId,rating,timestamp\n");
        ratings.lines().forEach(line -> lines.append(line).append(",100\n"));
        Files.writeString(folder.resolve("ratings.csv"), lines);
        return DatasetLoader.load(folder);
    }
}
