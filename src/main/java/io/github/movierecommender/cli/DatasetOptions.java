package io.github.movierecommender.cli;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.recommend.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The dataset and the users a command works on. */
final class DatasetOptions {

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "MovieLens folder or zip")
    Path data;

    @Option(names = "--user", required = true, split = ",", paramLabel = "ID",
            description = "one or more user ids, comma-separated, or 'all'")
    List<String> users;

    Dataset load() throws DatasetException {
        return DatasetLoader.load(data);
    }

    boolean allUsers() {
        return users.size() == 1 && users.get(0).equalsIgnoreCase("all");
    }

    /** The ids of the named users, or of every user for 'all'; an unknown id is a usage error. */
    int[] userIds(Dataset dataset, CommandLine commandLine) {
        if (allUsers()) {
            return IntStream.range(0, dataset.ratings().userCount()).map(dataset.ratings().users()::idAt).toArray();
        }
        int[] ids = new int[users.size()];
        for (int i = 0; i < ids.length; i++) {
            String user = users.get(i);
            try {
                ids[i] = Integer.parseInt(user.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(commandLine, "user id '" + user + "' is not a number");
            }
            if (dataset.ratings().users().indexOf(ids[i]) < 0) {
                throw new CommandLine.ParameterException(commandLine,
                        "user " + ids[i] + " has no ratings in " + dataset.source());
            }
        }
        return ids;
    }

    /** The profile of a user id that {@link #userIds} returned. */
    static Profile profile(Dataset dataset, int userId) {
        return Profile.ofUser(dataset, userId).orElseThrow();
    }
}
