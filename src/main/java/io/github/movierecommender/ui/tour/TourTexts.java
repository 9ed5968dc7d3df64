package io.github.movierecommender.ui.tour;

import io.github.movierecommender.data.DatasetSummary;
import io.github.movierecommender.recommend.GenreParams;
import io.github.movierecommender.recommend.MovieStats;
import io.github.movierecommender.recommend.Neighbour;
import io.github.movierecommender.recommend.NeighbourParams;
import io.github.movierecommender.recommend.NeighbourResult;
import io.github.movierecommender.recommend.Neighbourhood;
import io.github.movierecommender.recommend.PopularParams;
import io.github.movierecommender.recommend.Profile;
import io.github.movierecommender.recommend.Recommendation;
import io.github.movierecommender.recommend.RecommendationList;
import io.github.movierecommender.recommend.Tutorial;
import io.github.movierecommender.ui.i18n.GenreNames;
import io.github.movierecommender.ui.i18n.Messages;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The steps' live texts in the app's language, from the engine's numbers for the open dataset
 * and the picked user. Called on a background thread; the distances are written as the table of
 * neighbours writes them.
 */
final class TourTexts {

    /** How many movies, or genres, a step names. */
    private static final int NAMED = 3;

    private final Messages messages;
    private final GenreNames genres;

    TourTexts(Messages messages) {
        this.messages = messages;
        this.genres = new GenreNames(messages);
    }

    String openDataset(TourInput input) {
        return messages.text("tour.open.text");
    }

    String data(TourInput input) {
        DatasetSummary summary = input.loaded().summary();
        Tutorial.RatingSpread spread = input.tutorial().ratingSpread();
        return messages.format("tour.data.text", number(summary.users()), number(summary.movies()),
                number(summary.ratings()), messages.date(summary.firstRating()), messages.date(summary.lastRating()),
                spread.mean(), spread.commonest(), number(spread.commonestCount()));
    }

    String popular(TourInput input) {
        MovieStats stats = input.loaded().recommenders().stats();
        int minVotes = Math.max(1, input.minVotes());
        RecommendationList top = input.loaded().recommenders().popular().recommend(input.profile(),
                new PopularParams(input.ranking(), input.minVotes(), NAMED, null));
        String movies = named(top.items(), item -> messages.format("tour.popular.movie", item.movie().displayTitle(),
                number(stats.votes(item.movieIndex())), stats.mean(item.movieIndex())));
        return messages.format("tour.popular.text", number(input.tutorial().moviesWithVotes(minVotes)),
                number(input.loaded().summary().movies()), number(minVotes),
                messages.text("tour.ranking." + input.ranking().name()), who(input, false), movies);
    }

    String genres(TourInput input) {
        Profile profile = input.profile();
        if (profile.size() == 0) {
            return messages.format("tour.genres.noRatings", who(input, true));
        }
        List<Tutorial.GenreTaste> liked = input.tutorial().favouriteGenres(profile, NAMED);
        String intro = messages.format("tour.genres.text", who(input, true), number(profile.size()), profile.mean());
        if (liked.isEmpty()) {
            return intro + " " + messages.text("tour.genres.none");
        }
        RecommendationList matched = input.loaded().recommenders().genre().recommend(profile,
                new GenreParams(input.minVotes(), NAMED));
        String tastes = liked.stream().map(taste -> messages.format("tour.genres.genre", genres.of(taste.genre()),
                taste.taste(), number(taste.rated()))).collect(Collectors.joining(messages.text("tour.listSeparator")));
        return intro + " " + messages.format("tour.genres.liked", tastes, named(matched.items(),
                item -> item.movie().displayTitle()));
    }

    String distance(TourInput input) {
        NeighbourParams params = input.tutorialParams();
        Optional<Neighbour> most = input.tutorial().mostInCommon(input.profile(), params);
        if (most.isEmpty()) {
            return messages.format("tour.distance.none", who(input, true), params.minCommon());
        }
        Neighbour other = most.get();
        return messages.format("tour.distance.text", who(input, true), other.userId(), number(other.common()),
                distance(other), who(input, false), params.minCommon());
    }

    String nearest(TourInput input) {
        NeighbourParams params = input.tutorialParams();
        Neighbourhood hood = input.loaded().recommenders().neighbours().neighbourhood(input.profile(), params);
        List<Neighbour> nearest = hood.nearest(params.k());
        if (nearest.isEmpty()) {
            return messages.format("tour.distance.none", who(input, true), params.minCommon());
        }
        Neighbour first = nearest.get(0);
        Neighbour last = nearest.get(nearest.size() - 1);
        return messages.format("tour.nearest.text", number(hood.candidates()), params.minCommon(), who(input, false),
                params.k(), nearest.size(), first.userId(), distance(first), number(first.common()), last.userId(),
                distance(last));
    }

    String recommend(TourInput input) {
        NeighbourParams params = input.tutorialParams();
        Profile profile = input.profile();
        NeighbourResult result = input.loaded().recommenders().neighbours().recommend(profile, params);
        int needed = (params.k() + 1) / 2;
        int passing = input.tutorial().passing(profile, params);
        String rule = messages.format("tour.recommend.rule", who(input, false), needed, params.k());
        if (passing == 0) {
            return rule + " " + messages.text("tour.recommend.none");
        }
        return rule + " " + messages.format("tour.recommend.text", number(passing), result.list().items().size(),
                named(result.list().items(), item -> messages.format("tour.recommend.movie",
                        item.movie().displayTitle(), item.support(), item.score())));
    }

    String kAndN(TourInput input) {
        NeighbourParams params = input.tutorialParams();
        Profile profile = input.profile();
        Tutorial tutorial = input.tutorial();
        int fewer = Math.max(1, params.k() / 2);
        int more = 2 * params.k();
        return messages.format("tour.kAndN.text", params.k(), number(tutorial.passing(profile, params)),
                (params.k() + 1) / 2, fewer, number(tutorial.passing(profile, params.withK(fewer))), more,
                number(tutorial.passing(profile, params.withK(more))), params.n());
    }

    /** "User 7" at the start of a sentence, "user 7" within one; "your profile" for the own profile. */
    private String who(TourInput input, boolean sentenceStart) {
        if (input.user().isOwnProfile()) {
            return messages.text(sentenceStart ? "tour.youStart" : "tour.you");
        }
        return messages.format(sentenceStart ? "tour.userStart" : "tour.user", input.user().userId());
    }

    private String distance(Neighbour neighbour) {
        return messages.format("results.measureValue", neighbour.distance());
    }

    private String named(List<Recommendation> items, Function<Recommendation, String> name) {
        if (items.isEmpty()) {
            return messages.text("tour.noMovie");
        }
        return items.stream().limit(NAMED).map(name).collect(Collectors.joining(messages.text("tour.listSeparator")));
    }

    private String number(long value) {
        return messages.number(value);
    }
}
