package io.github.movierecommender.data;

import static io.github.movierecommender.data.DatasetAssertions.assertConsistent;
import static io.github.movierecommender.data.DatasetAssertions.movie;
import static io.github.movierecommender.data.DatasetAssertions.ratedMovieIds;
import static io.github.movierecommender.data.DatasetAssertions.stars;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.movierecommender.data.Fixtures.Packaging;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReleaseFormatsTest {

    @TempDir
    Path tmp;

    private Dataset load(String fixture, Packaging packaging) throws IOException, DatasetException {
        Dataset dataset = DatasetLoader.load(packaging.of(fixture, tmp));
        assertConsistent(dataset);
        return dataset;
    }

    @Nested
    class MlLatest {

        @ParameterizedTest
        @EnumSource(Packaging.class)
        void countsEverything(Packaging packaging) throws Exception {
            Dataset dataset = load("ml-latest-small", packaging);

            DatasetSummary summary = dataset.summary();
            assertAll(
                    () -> assertEquals("ml-latest", summary.format()),
                    () -> assertEquals(3, summary.users()),
                    () -> assertEquals(8, summary.movies()),
                    () -> assertEquals(11, summary.ratings()),
                    () -> assertEquals(5, summary.tags()),
                    () -> assertEquals(0.5, summary.minRating()),
                    () -> assertEquals(5.0, summary.maxRating()),
                    () -> assertEquals(LocalDate.of(2000, 2, 8), summary.firstRating()),
                    () -> assertEquals(LocalDate.of(2020, 9, 13), summary.lastRating()),
                    () -> assertTrue(dataset.report().isClean()),
                    () -> assertEquals(List.of(), dataset.report().firstBadLines()));
        }

        @ParameterizedTest
        @EnumSource(Packaging.class)
        void readsDisplayTitlesAndYears(Packaging packaging) throws Exception {
            Dataset dataset = load("ml-latest-small", packaging);

            assertAll(
                    () -> assertTitle(dataset, 1, "Toy Story", 1995),
                    () -> assertTitle(dataset, 2, "The Shawshank Redemption", 1994),
                    () -> assertTitle(dataset, 3, "The Matrix", 1999),
                    () -> assertTitle(dataset, 5, "Amélie (Le Fabuleux destin d'Amélie Poulain)", 2001),
                    () -> assertTitle(dataset, 8, "The City of Lost Children (La Cité des enfants perdus)", 1995),
                    () -> assertTitle(dataset, 13, "Black Mirror", Movie.NO_YEAR),
                    () -> assertTitle(dataset, 21,
                            "The Good, the Bad and the Ugly (Il Buono, il brutto, il cattivo)", 1966),
                    () -> assertTitle(dataset, 55, "The Man Who Knew \"Too Much\"", 1956),
                    () -> assertEquals("Shawshank Redemption, The (1994)", movie(dataset, 2).title()),
                    () -> assertFalse(movie(dataset, 13).hasYear()));
        }

        @ParameterizedTest
        @EnumSource(Packaging.class)
        void readsGenresAsSets(Packaging packaging) throws Exception {
            Dataset dataset = load("ml-latest-small", packaging);

            assertEquals(Set.of("Adventure", "Animation", "Children", "Comedy", "Fantasy"),
                    movie(dataset, 1).genres());
            assertEquals(Set.of("Crime", "Drama"), movie(dataset, 2).genres());
            assertEquals(Set.of(), movie(dataset, 13).genres());
        }

        @ParameterizedTest
        @EnumSource(Packaging.class)
        void readsImdbAndTmdbLinks(Packaging packaging) throws Exception {
            Dataset dataset = load("ml-latest-small", packaging);

            assertEquals(100001, movie(dataset, 1).imdbId());
            assertEquals(9001, movie(dataset, 1).tmdbId());
            assertEquals(Optional.of("https://www.imdb.com/title/tt0100001/"), movie(dataset, 1).imdbUrl());
            assertEquals(Optional.of("https://www.themoviedb.org/movie/9001"), movie(dataset, 1).tmdbUrl());
            assertEquals(100003, movie(dataset, 3).imdbId());
            assertEquals(Movie.NO_LINK, movie(dataset, 3).tmdbId());
            assertEquals(Optional.empty(), movie(dataset, 3).tmdbUrl());
            assertEquals(Movie.NO_LINK, movie(dataset, 8).imdbId());
            assertEquals(Optional.empty(), movie(dataset, 8).imdbUrl());
            assertTrue(dataset.movies().byId(999).isEmpty(), "a link alone does not add a movie");
        }

        @ParameterizedTest
        @EnumSource(Packaging.class)
        void readsTagsMostUsedFirst(Packaging packaging) throws Exception {
            Dataset dataset = load("ml-latest-small", packaging);

            assertEquals(List.of("cyberpunk", "philosophy"), dataset.tags().of(dataset.movies().indexOf(3)));
            assertEquals(List.of("prison, hope"), dataset.tags().of(dataset.movies().indexOf(2)));
            assertEquals(List.of(), dataset.tags().of(dataset.movies().indexOf(1)));
            assertEquals(List.of(), dataset.tags().of(dataset.movies().indexOf(999)), "not in the catalogue");
            assertEquals(List.of(), dataset.tags().of(dataset.movies().size()));
        }

        @ParameterizedTest
        @EnumSource(Packaging.class)
        void readsRatingValues(Packaging packaging) throws Exception {
            Dataset dataset = load("ml-latest-small", packaging);

            assertEquals(List.of(1, 2, 3, 21), ratedMovieIds(dataset, 1));
            assertEquals(4.0, stars(dataset, 1, 1));
            assertEquals(4.5, stars(dataset, 1, 2));
            assertEquals(5.0, stars(dataset, 1, 3));
            assertEquals(3.5, stars(dataset, 1, 21));
            assertEquals(0.5, stars(dataset, 4, 5));
            assertEquals(2.5, stars(dataset, 10, 13));
            assertEquals(0, stars(dataset, 4, 2), "unrated");
        }
    }

    @Nested
    class Ml1m {

        @ParameterizedTest
        @EnumSource(Packaging.class)
        void readsCountsTitlesAndRatings(Packaging packaging) throws Exception {
            Dataset dataset = load("ml-1m", packaging);

            DatasetSummary summary = dataset.summary();
            assertAll(
                    () -> assertEquals("ml-1m", summary.format()),
                    () -> assertEquals(3, summary.users()),
                    () -> assertEquals(5, summary.movies()),
                    () -> assertEquals(6, summary.ratings()),
                    () -> assertEquals(0, summary.tags()),
                    () -> assertEquals(1.0, summary.minRating()),
                    () -> assertEquals(5.0, summary.maxRating()),
                    () -> assertEquals(LocalDate.of(2000, 12, 31), summary.firstRating()),
                    () -> assertEquals(LocalDate.of(2001, 1, 20), summary.lastRating()),
                    () -> assertTrue(dataset.report().isClean()),
                    () -> assertTitle(dataset, 2, "The Shawshank Redemption", 1994),
                    () -> assertTitle(dataset, 5, "Amélie (Le Fabuleux destin d'Amélie Poulain)", 2001),
                    () -> assertTitle(dataset, 7, "Les Misérables", 1995),
                    () -> assertTitle(dataset, 9, "La Haine", 1995),
                    () -> assertEquals(Set.of("Animation", "Children's", "Comedy"), movie(dataset, 1).genres()),
                    () -> assertEquals(Movie.NO_LINK, movie(dataset, 1).imdbId()),
                    () -> assertEquals(List.of(1, 2, 5), ratedMovieIds(dataset, 1)),
                    () -> assertEquals(4.0, stars(dataset, 1, 5)),
                    () -> assertEquals(3.0, stars(dataset, 1, 2)),
                    () -> assertEquals(1.0, stars(dataset, 2, 7)),
                    () -> assertEquals(4.0, stars(dataset, 3, 1)));
        }
    }

    @Nested
    class Ml10m {

        @ParameterizedTest
        @EnumSource(Packaging.class)
        void readsCountsTitlesTagsAndHalfStars(Packaging packaging) throws Exception {
            Dataset dataset = load("ml-10M100K", packaging);

            DatasetSummary summary = dataset.summary();
            assertAll(
                    () -> assertEquals("ml-10m", summary.format()),
                    () -> assertEquals(2, summary.users()),
                    () -> assertEquals(4, summary.movies()),
                    () -> assertEquals(5, summary.ratings()),
                    () -> assertEquals(4, summary.tags()),
                    () -> assertEquals(0.5, summary.minRating()),
                    () -> assertEquals(5.0, summary.maxRating()),
                    () -> assertEquals(LocalDate.of(2008, 1, 10), summary.firstRating()),
                    () -> assertEquals(LocalDate.of(2008, 5, 5), summary.lastRating()),
                    () -> assertTrue(dataset.report().isClean()),
                    () -> assertTitle(dataset, 10, "The Matrix", 1999),
                    () -> assertTitle(dataset, 20, "The City of Lost Children (La Cité des enfants perdus)", 1995),
                    () -> assertTitle(dataset, 30, "The Crow: Wicked Prayer", 2005),
                    () -> assertTitle(dataset, 40, "Fawlty Towers", 1975),
                    () -> assertEquals(Set.of("Comedy"), movie(dataset, 40).genres()),
                    () -> assertEquals(List.of("bullet time", "Keanu"),
                            dataset.tags().of(dataset.movies().indexOf(10))),
                    () -> assertEquals(List.of("steampunk"), dataset.tags().of(dataset.movies().indexOf(20))),
                    () -> assertEquals(4.5, stars(dataset, 5, 10)),
                    () -> assertEquals(3.0, stars(dataset, 5, 20)),
                    () -> assertEquals(0.5, stars(dataset, 8, 10)),
                    () -> assertEquals(3.5, stars(dataset, 8, 40)));
        }
    }

    @Nested
    class Ml100k {

        @ParameterizedTest
        @EnumSource(Packaging.class)
        void readsCountsTitlesGenreFlagsAndRatings(Packaging packaging) throws Exception {
            Dataset dataset = load("ml-100k", packaging);

            DatasetSummary summary = dataset.summary();
            assertAll(
                    () -> assertEquals("ml-100k", summary.format()),
                    () -> assertEquals(3, summary.users()),
                    () -> assertEquals(4, summary.movies()),
                    () -> assertEquals(5, summary.ratings()),
                    () -> assertEquals(0, summary.tags()),
                    () -> assertEquals(1.0, summary.minRating()),
                    () -> assertEquals(5.0, summary.maxRating()),
                    () -> assertEquals(LocalDate.of(1997, 11, 20), summary.firstRating()),
                    () -> assertEquals(LocalDate.of(1997, 12, 13), summary.lastRating()),
                    () -> assertTrue(dataset.report().isClean()),
                    () -> assertTitle(dataset, 1, "Toy Story", 1995),
                    () -> assertTitle(dataset, 2, "Amélie (Le Fabuleux destin d'Amélie Poulain)", 2001),
                    () -> assertTitle(dataset, 3, "unknown", Movie.NO_YEAR),
                    () -> assertTitle(dataset, 4, "Les Misérables", 1995),
                    () -> assertEquals(Set.of("Animation", "Children's", "Comedy"), movie(dataset, 1).genres()),
                    () -> assertEquals(Set.of("Comedy", "Romance"), movie(dataset, 2).genres()),
                    () -> assertEquals(Set.of(), movie(dataset, 3).genres()),
                    () -> assertEquals(Set.of("Drama", "Musical"), movie(dataset, 4).genres()),
                    () -> assertEquals(5.0, stars(dataset, 1, 1)),
                    () -> assertEquals(4.0, stars(dataset, 1, 2)),
                    () -> assertEquals(2.0, stars(dataset, 2, 4)),
                    () -> assertEquals(1.0, stars(dataset, 3, 3)));
        }

        @Test
        void namesTheGenreFlagsAfterUGenre() throws Exception {
            Path release = Fixtures.copy("ml-100k", tmp);
            Path genres = release.resolve("u.genre");
            Files.writeString(genres, Files.readString(genres).replace("Comedy|5", "Comedies|5"));

            assertEquals(Set.of("Animation", "Children's", "Comedies"), movie(load(release), 1).genres());
        }

        @Test
        void withoutUGenreNamesTheFlagsAsMovieLensDoes() throws Exception {
            Path release = Fixtures.copy("ml-100k", tmp);
            Files.delete(release.resolve("u.genre"));

            Dataset dataset = load(release);

            assertEquals(Set.of("Animation", "Children's", "Comedy"), movie(dataset, 1).genres());
            assertEquals(Set.of("Drama", "Musical"), movie(dataset, 4).genres());
        }
    }

    private static Dataset load(Path release) throws DatasetException {
        Dataset dataset = DatasetLoader.load(release);
        assertTrue(dataset.report().isClean(), () -> dataset.report().toString());
        return dataset;
    }

    static void assertTitle(Dataset dataset, int movieId, String displayTitle, int year) {
        Movie movie = movie(dataset, movieId);
        assertEquals(displayTitle, movie.displayTitle(), "display title of movie " + movieId);
        assertEquals(year, movie.year(), "year of movie " + movieId);
    }
}
