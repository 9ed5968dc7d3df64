package io.github.movierecommender.recommend;

import java.util.ArrayList;
import java.util.List;

/** Most voted, best rated and damped-mean lists, optionally within one genre. */
public final class PopularRecommender {

    private static final int ANY_GENRE = -2;

    private final MovieStats stats;

    public PopularRecommender(MovieStats stats) {
        this.stats = stats;
    }

    public RecommendationList recommend(Profile profile, PopularParams params) {
        int genre = params.genre() == null ? ANY_GENRE : stats.genreIndex(params.genre());
        if (genre < 0 && genre != ANY_GENRE) {
            return new RecommendationList("popular", List.of(), new Shortfall.UnknownGenre(params.genre()));
        }
        int minVotes = params.ranking() == PopularRanking.DAMPED_MEAN ? 1 : Math.max(1, params.minVotes());
        TopN top = new TopN(params.n(), order(params));
        int eligible = 0;
        for (int m = 0; m < stats.movieCount(); m++) {
            boolean inGenre = genre == ANY_GENRE || stats.hasGenre(m, genre);
            if (stats.votes(m) >= minVotes && inGenre && profile.mayList(m)) {
                top.offer(m);
                eligible++;
            }
        }
        List<Recommendation> items = new ArrayList<>();
        for (int m : top.best()) {
            items.add(new Recommendation(m, stats.movie(m), score(params, m), stats.votes(m), explain(params, m)));
        }
        Shortfall reason = items.size() < params.n()
                ? new Shortfall.FewUnrated(eligible, params.genre(), minVotes) : null;
        return new RecommendationList("popular", items, reason);
    }

    private TopN.Order order(PopularParams params) {
        return switch (params.ranking()) {
            case MOST_VOTED -> (a, b) -> {
                int byVotes = Integer.compare(stats.votes(b), stats.votes(a));
                int byMean = Double.compare(stats.mean(b), stats.mean(a));
                return byVotes != 0 ? byVotes : byMean != 0 ? byMean : Integer.compare(a, b);
            };
            case BEST_RATED -> (a, b) -> {
                int byMean = Double.compare(stats.mean(b), stats.mean(a));
                return byMean != 0 ? byMean : byVotesThenIndex(a, b);
            };
            case DAMPED_MEAN -> (a, b) -> {
                int byDamped = Double.compare(stats.dampedMean(b, params.minVotes()),
                        stats.dampedMean(a, params.minVotes()));
                return byDamped != 0 ? byDamped : byVotesThenIndex(a, b);
            };
        };
    }

    /** Movie indexes follow movie ids, so the index breaks ties as the id would. */
    private int byVotesThenIndex(int a, int b) {
        int byVotes = Integer.compare(stats.votes(b), stats.votes(a));
        return byVotes != 0 ? byVotes : Integer.compare(a, b);
    }

    private double score(PopularParams params, int m) {
        return switch (params.ranking()) {
            case MOST_VOTED -> stats.votes(m);
            case BEST_RATED -> stats.mean(m);
            case DAMPED_MEAN -> stats.dampedMean(m, params.minVotes());
        };
    }

    private Explanation explain(PopularParams params, int m) {
        return params.ranking() == PopularRanking.DAMPED_MEAN
                ? new Explanation.DampedPopularity(stats.votes(m), stats.mean(m), stats.dampedMean(m, params.minVotes()),
                        params.minVotes())
                : new Explanation.Popularity(stats.votes(m), stats.mean(m));
    }
}
