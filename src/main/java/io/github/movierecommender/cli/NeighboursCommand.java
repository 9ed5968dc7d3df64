package io.github.movierecommender.cli;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.profile.ProfileException;
import io.github.movierecommender.recommend.Neighbour;
import io.github.movierecommender.recommend.NeighbourParams;
import io.github.movierecommender.recommend.NeighbourRecommender;
import io.github.movierecommender.recommend.Neighbourhood;
import io.github.movierecommender.recommend.Recommenders;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "neighbours", description = {"Lists the k nearest neighbours of users of a dataset, or of the "
        + "ratings in a profile file.",
    "With --profile, the user shown is the file's user id when it holds one, else 0."})
final class NeighboursCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOptions dataset;

    @Mixin
    NeighbourOptions options;

    @Option(names = "--json", description = "one JSON object per user, one per line")
    boolean json;

    @Override
    public Integer call() throws DatasetException, ProfileException {
        CommandLine commandLine = spec.commandLine();
        if (options.k < 1 || options.minCommon < 1) {
            throw new CommandLine.ParameterException(commandLine, "--k and --min-common must be at least 1");
        }
        dataset.requireUsersOrProfile(commandLine);
        Dataset data = dataset.load();
        new Limits(commandLine, data).atMostUsers("--k", options.k);
        Subjects subjects = dataset.subjects(data, commandLine);
        NeighbourRecommender recommender = Recommenders.of(data).neighbours();
        NeighbourParams params = options.params(NeighbourParams.DEFAULT_N);
        PrintWriter out = commandLine.getOut();
        for (int i = 0; i < subjects.size(); i++) {
            Neighbourhood hood = recommender.neighbourhood(subjects.profile(i), params);
            List<Neighbour> nearest = hood.nearest(params.k());
            if (json) {
                out.println(Json.write(new NeighboursJson(subjects.userId(i), nearest.stream()
                        .map(n -> new NeighbourJson(n.userId(), RecommendCommand.round(n.distance()),
                                RecommendCommand.round(n.similarity()), n.common())).toList())));
            } else {
                out.printf("%s · %d nearest of %,d users with at least %d movies in common (%s)%n", subjects.label(i),
                        nearest.size(), hood.candidates(), params.minCommon(),
                        params.measure().name().toLowerCase(Locale.ROOT));
                for (Neighbour n : nearest) {
                    out.printf(Locale.ROOT, "  user %-8d distance %8.4f  similarity %7.4f  %5d in common%n",
                            n.userId(), n.distance(), n.similarity(), n.common());
                }
            }
        }
        return 0;
    }

    record NeighbourJson(int userId, double distance, double similarity, int common) {
    }

    record NeighboursJson(int user, List<NeighbourJson> neighbours) {
    }
}
