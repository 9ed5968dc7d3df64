package io.github.movierecommender.cli;

import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.DatasetLoader;
import io.github.movierecommender.recommend.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** The profiles of the named users, or of every user for 'all'; an unknown id is a usage error. */
    List<Profile> profiles(Dataset dataset, CommandLine commandLine) {
        List<Profile> profiles = new ArrayList<>();
        if (allUsers()) {
            for (int u = 0; u < dataset.ratings().userCount(); u++) {
                profiles.add(Profile.ofUser(dataset, dataset.ratings().users().idAt(u)).orElseThrow());
            }
            return profiles;
        }
        for (String user : users) {
            int id;
            try {
                id = Integer.parseInt(user.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(commandLine, "user id '" + user + "' is not a number");
            }
            profiles.add(Profile.ofUser(dataset, id).orElseThrow(() -> new CommandLine.ParameterException(
                    commandLine, "user " + id + " has no ratings in " + dataset.source())));
        }
        return profiles;
    }
}
