package io.github.movierecommender.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.recommend.BuildMonitor;
import io.github.movierecommender.recommend.Methods;
import io.github.movierecommender.recommend.MethodSettings;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.Recommendation;
import io.github.movierecommender.recommend.Training;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lists' filter: a genre, a range of years and a text in the title, as a value over a catalogue. */
class MovieChoiceTest {

    private static final String MOVIES = """
            movieId,title,genres
            1,"Matrix, The (1999)",Action|Sci-Fi
            2,"Amélie (Fabuleux destin d'Amélie Poulain, Le) (2001)",Comedy|Romance
            3,Don't Look Now (1973),Thriller
            4,Untitled Heist Project,Crime|Thriller
            5,Trollhättan Blues (1999),Drama
            6,Comedy of Errors (2005),Comedy
            """;

    private static Dataset dataset;
    private static MovieTitles titles;

    @BeforeAll
    static void writeTheCatalogue(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("movies.csv"), MOVIES);
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (int movie = 1; movie <= 6; movie++) {
            ratings.append(1).append(',').append(movie).append(",4.0,100\n");
            ratings.append(2).append(',').append(movie).append(",3.0,100\n");
        }
        ratings.append("2,99,3.0,100\n");
        Files.writeString(folder.resolve("ratings.csv"), ratings);
        dataset = DatasetLoader.load(folder);
        titles = new MovieTitles(dataset.movies());
    }

    private static List<Integer> passing(MovieChoice choice) {
        return IntStream.range(0, dataset.movies().size()).filter(choice::mayList)
                .mapToObj(m -> dataset.movies().at(m).id()).toList();
    }

    @Test
    void aGenreLetsOnlyItsMoviesThrough() {
        assertThat(passing(MovieChoice.of(titles, "Thriller", MovieChoice.OPEN, MovieChoice.OPEN, ""))).containsExactly(3, 4);
        assertThat(passing(MovieChoice.of(titles, "Comedy", MovieChoice.OPEN, MovieChoice.OPEN, ""))).containsExactly(2, 6);
    }

    @Test
    void yearsBoundTheRangeBothEndsIncludedAndAMovieWithoutAYearPassesNoBound() {
        assertThat(passing(MovieChoice.of(titles, null, 1999, 2001, ""))).containsExactly(1, 2, 5);
        assertThat(passing(MovieChoice.of(titles, null, 2001, 1999, ""))).as("the wrong way round").containsExactly(1, 2, 5);
        assertThat(passing(MovieChoice.of(titles, null, 2000, MovieChoice.OPEN, ""))).containsExactly(2, 6);
        assertThat(passing(MovieChoice.of(titles, null, MovieChoice.OPEN, 1980, ""))).containsExactly(3);
    }

    @Test
    void theTitleTextIsFoundAnywhereInTheTitleWhateverItsCaseAccentsAndApostrophes() {
        assertThat(passing(MovieChoice.of(titles, null, MovieChoice.OPEN, MovieChoice.OPEN, "AMÉL"))).containsExactly(2);
        assertThat(passing(MovieChoice.of(titles, null, MovieChoice.OPEN, MovieChoice.OPEN, "hattan"))).containsExactly(5);
        assertThat(passing(MovieChoice.of(titles, null, MovieChoice.OPEN, MovieChoice.OPEN, "dont look"))).containsExactly(3);
        assertThat(passing(MovieChoice.of(titles, null, MovieChoice.OPEN, MovieChoice.OPEN, "the matrix"))).containsExactly(1);
        assertThat(passing(MovieChoice.of(titles, null, MovieChoice.OPEN, MovieChoice.OPEN, "unknown movie")))
                .as("the placeholder of movie 99 has no title").isEmpty();
    }

    @Test
    void theConditionsAddUp() {
        assertThat(passing(MovieChoice.of(titles, "Comedy", 2002, MovieChoice.OPEN, "errors"))).containsExactly(6);
        assertThat(passing(MovieChoice.of(titles, "Drama", 2002, MovieChoice.OPEN, ""))).isEmpty();
    }

    @Test
    void anEqualChoiceIsAnEqualFilterSoTheListsKeepTheirWork() {
        assertThat(MovieChoice.of(titles, "Drama", 1990, 2000, "Matrix"))
                .isEqualTo(MovieChoice.of(titles, "Drama", 2000, 1990, " matrix"));
        assertThat(MovieChoice.of(titles, "Drama", 1990, 2000, "Matrix"))
                .isNotEqualTo(MovieChoice.of(new MovieTitles(dataset.movies()), "Drama", 1990, 2000, "Matrix"));
        assertThat(MovieChoice.of(titles, null, MovieChoice.OPEN, MovieChoice.OPEN, " – ").isOpen()).isTrue();
        assertThat(MovieChoice.of(titles, null, MovieChoice.OPEN, 2000, "").isOpen()).isFalse();
    }

    @Test
    void aFilteredListStillFillsUpFromTheMoviesThatPass() {
        Profile user = Profile.ofUser(dataset, 1).orElseThrow().withListFilter(
                MovieChoice.of(titles, "Comedy", MovieChoice.OPEN, MovieChoice.OPEN, ""));
        Profile nobody = Profile.of(dataset, List.of()).withListFilter(
                MovieChoice.of(titles, "Comedy", MovieChoice.OPEN, MovieChoice.OPEN, ""));

        List<Recommendation> listed = Methods.named("popular").build(Training.of(dataset), BuildMonitor.NONE).forProfile(nobody)
                .recommend(MethodSettings.defaults(10, 5).withMinVotes(0)).items();

        assertThat(listed).extracting(item -> item.movie().id()).containsExactlyInAnyOrder(2, 6);
        assertThat(user.mayList(dataset.movies().indexOf(2))).as("rated").isFalse();
    }
}
