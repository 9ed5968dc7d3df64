package io.github.movierecommender.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.movierecommender.data.Dataset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tutorial's numbers on {@link SmallWorld}, worked out by hand. */
class TutorialTest {

    private static final double EPSILON = 1e-9;

    @TempDir
    static Path folder;

    static Dataset dataset;
    static Recommenders recommenders;
    static Tutorial tutorial;

    @BeforeAll
    static void load() throws Exception {
        dataset = SmallWorld.load(folder);
        recommenders = Recommenders.of(dataset);
        tutorial = new Tutorial(recommenders);
    }

    @Test
    void fourStarsIsTheRatingGivenMostOften() {
        Tutorial.RatingSpread spread = tutorial.ratingSpread();

        assertEquals(4.0, spread.commonest());
        assertEquals(12, spread.commonestCount());
        assertEquals(124.0 / 41, spread.mean(), EPSILON);
    }

    @Test
    void countsTheMoviesWithTheMinimumVotesAndEveryRatedOneForNoMinimum() {
        assertEquals(5, tutorial.moviesWithVotes(5));
        assertEquals(4, tutorial.moviesWithVotes(6));
        assertEquals(10, tutorial.moviesWithVotes(0));
    }

    @Test
    void favouriteGenresAreThoseAboveTheUsersMeanWithTheShrunkTaste() {
        List<Tutorial.GenreTaste> liked = tutorial.favouriteGenres(SmallWorld.user(dataset, 1), 3);

        assertThat(liked).extracting(Tutorial.GenreTaste::genre).containsExactly("Comedy");
        assertEquals(3.0 / 5, liked.get(0).taste(), EPSILON);
        assertEquals(2, liked.get(0).rated());
    }

    @Test
    void theUserSharingTheMostMoviesWinsAndOnATieTheNearer() {
        Neighbour most = tutorial.mostInCommon(SmallWorld.user(dataset, 2), NeighbourParams.tutorial(1, 10)).orElseThrow();

        assertEquals(4, most.userId());
        assertEquals(7, most.common());
        assertEquals(Math.sqrt(2), most.distance(), EPSILON);
    }

    @Test
    void thePairsDistanceIsTheOneTheNeighbourListShows() {
        Profile user = SmallWorld.user(dataset, 2);
        Neighbour most = tutorial.mostInCommon(user, NeighbourParams.tutorial(1, 10)).orElseThrow();

        Neighbour listed = recommenders.neighbours().recommend(user, NeighbourParams.tutorial(10, 10)).neighbours()
                .stream().filter(neighbour -> neighbour.userId() == most.userId()).findFirst().orElseThrow();
        assertEquals(listed, most);
    }

    @Test
    void nobodyInCommonGivesNoPair() {
        NeighbourParams sixInCommon = new NeighbourParams(5, 10, 6, Measure.EUCLIDEAN, NeighbourMode.TUTORIAL, 1, false);

        assertThat(tutorial.mostInCommon(SmallWorld.user(dataset, 1), sixInCommon)).isEmpty();
    }

    @Test
    void countsEveryMovieHalfOfTheNeighboursRatedHoweverShortTheList() {
        Profile user = SmallWorld.user(dataset, 1);

        assertEquals(3, tutorial.passing(user, NeighbourParams.tutorial(3, 1)));
        assertEquals(1, recommenders.neighbours().recommend(user, NeighbourParams.tutorial(3, 1)).list().items().size());
    }
}
