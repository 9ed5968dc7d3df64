package io.github.movierecommender.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.data.DatasetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovieSearchTest {

    /** The three titles of the issue among invented look-alikes; ratings give each its popularity. */
    private static final String MOVIES = """
            movieId,title,genres
            1,"Shawshank Redemption, The (1994)",Crime|Drama
            2,"Matrix, The (1999)",Action|Sci-Fi
            3,"Amélie (Fabuleux destin d'Amélie Poulain, Le) (2001)",Comedy|Romance
            4,"Matrix Reloaded, The (2003)",Action|Sci-Fi
            5,Shawshank Trail (2010),Western
            6,Amélie's Garden (2015),Drama
            7,Matrix of 1999 Dreams (2012),Documentary
            8,Don't Look Now (1973),Thriller
            9,Trollhättan Blues (1999),Drama
            """;

    /** Movie id → number of ratings: the distractors are the more popular ones where that tests the order. */
    private static final int[][] RATING_COUNTS = {{1, 5}, {2, 3}, {3, 1}, {4, 6}, {5, 2}, {6, 4}, {7, 5}, {8, 1},
        {9, 1}};

    private static MovieSearch search;

    @BeforeAll
    static void indexTheFixture(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("movies.csv"), MOVIES);
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (int[] movie : RATING_COUNTS) {
            for (int user = 1; user <= movie[1]; user++) {
                ratings.append(user).append(',').append(movie[0]).append(",4.0,100\n");
            }
        }
        ratings.append("1,99,3.0,100\n");
        Files.writeString(folder.resolve("ratings.csv"), ratings);
        search = MovieSearch.of(DatasetLoader.load(folder));
    }

    private static List<Integer> ids(String query) {
        return search.search(query, 10).stream().map(match -> match.movie().id()).toList();
    }

    @Test
    void findsTheThreeTitlesOfTheIssueFirst() {
        assertThat(ids("shawshank")).containsExactly(1, 5);
        assertThat(ids("matrix 1999")).containsExactly(2, 7);
        assertThat(ids("amelie")).containsExactly(3, 6);
    }

    @Test
    void ignoresCaseAccentsWordOrderAndWhereTheArticleStands() {
        assertThat(ids("AMÉLIE")).startsWith(3);
        assertThat(ids("1999 MATRIX")).startsWith(2);
        assertThat(ids("the matrix")).startsWith(2);
        assertThat(ids("trollhattan")).containsExactly(9);
        assertThat(ids("poulain fabuleux")).containsExactly(3);
    }

    @Test
    void matchesTheBeginningOfEveryWordAsTheUserTypes() {
        assertThat(ids("sha")).containsExactly(1, 5);
        assertThat(ids("shawshank r")).containsExactly(1);
        assertThat(ids("matrix 19")).containsExactlyInAnyOrder(2, 7);
        assertThat(ids("atrix")).isEmpty();
        assertThat(ids("matrix 2005")).isEmpty();
    }

    @Test
    void readsAnApostropheAsASpaceOrAsNothing() {
        assertThat(ids("dont")).containsExactly(8);
        assertThat(ids("don't look")).containsExactly(8);
        assertThat(ids("destin d amelie")).containsExactly(3);
    }

    @Test
    void ranksTheWholeTitleFirstThenWholeWordsThenRatingsThenId() {
        assertThat(ids("matrix")).as("the whole title without its article, then more ratings")
                .containsExactly(2, 4, 7);
        assertThat(ids("the matrix")).as("then more whole words").containsExactly(2, 4);
        assertThat(ids("matri")).as("no whole title, no whole word: more ratings").containsExactly(4, 7, 2);
        assertThat(ids("amel")).containsExactly(6, 3);
        assertThat(ids("amelie garden")).containsExactly(6);
    }

    @Test
    void returnsTheMovieIndexAndRatingCountAndKeepsToTheLimit() {
        List<MovieMatch> matches = search.search("shawshank", 1);

        assertEquals(1, matches.size());
        assertEquals(0, matches.get(0).index());
        assertEquals("Shawshank Redemption, The (1994)", matches.get(0).movie().title());
        assertEquals(5, matches.get(0).ratingCount());
    }

    @Test
    void findsNothingForABlankQueryAndNeverAPlaceholder() {
        assertThat(ids("  ,. ")).isEmpty();
        assertThat(ids("unknown movie")).isEmpty();
        assertEquals(9, search.size());
    }
}
