package io.github.movierecommender.cli;

import io.github.movierecommender.data.BadLine;
import io.github.movierecommender.data.Dataset;
import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.data.Quote;
import io.github.movierecommender.problem.Problem;
import io.github.movierecommender.profile.ProfileException;
import io.github.movierecommender.profile.ProfileProblem;
import io.github.movierecommender.profile.ProfileRating;
import io.github.movierecommender.profile.RatingsFile;
import io.github.movierecommender.recommend.Profile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** The dataset and the users, or the profile file, a command works on. */
final class DatasetOptions {

    private static final int UNKNOWN_IDS_SHOWN = 10;

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "MovieLens folder or zip")
    Path data;

    @Mixin
    SnapshotOption snapshot;

    @Option(names = "--user", split = ",", paramLabel = "ID",
            description = "one or more user ids, comma-separated, or 'all'")
    List<String> users;

    @Option(names = "--profile", paramLabel = "FILE.csv",
            description = "instead of --user: a MovieLens ratings CSV (userId,movieId,rating,timestamp) of one "
                    + "person's ratings, such as a profile the app keeps or exports")
    Path profileFile;

    /** A usage error unless exactly one of --user and --profile is given; checked before the slow load. */
    void requireUsersOrProfile(CommandLine commandLine) {
        if (users == null && profileFile == null) {
            throw new CommandLine.ParameterException(commandLine, "give --user ID or --profile FILE.csv");
        }
        if (users != null && profileFile != null) {
            throw new CommandLine.ParameterException(commandLine, "give --user or --profile, not both");
        }
    }

    /** A usage error when {@code out} cannot be written or would overwrite the --profile file or a --data file. */
    void requireUsableOutput(Path out, CommandLine commandLine) {
        OutputFile.requireWritable(out, commandLine);
        if (profileFile != null) {
            OutputFile.requireNotInput(out, profileFile, "--profile", commandLine);
        }
        OutputFile.requireNotDatasetFile(out, data, commandLine);
    }

    Dataset load() throws DatasetException {
        return snapshot.load(data);
    }

    private boolean allUsers() {
        return users.size() == 1 && users.get(0).equalsIgnoreCase("all");
    }

    /**
     * The users named by {@code --user}, or the person of the {@code --profile} file. An unknown
     * user is a usage error; a profile file that is not a ratings file, or has no sound line, is a
     * {@link ProfileException}, and its malformed lines are skipped and listed on {@code err}, as a
     * dataset's are.
     */
    Subjects subjects(Dataset dataset, CommandLine commandLine) throws ProfileException {
        if (profileFile != null) {
            return profileSubject(dataset, commandLine.getErr());
        }
        int[] ids = userIds(dataset, commandLine);
        return new Subjects(ids, i -> Profile.ofUser(dataset, ids[i]).orElseThrow(), i -> "user " + ids[i]);
    }

    private int[] userIds(Dataset dataset, CommandLine commandLine) {
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

    private Subjects profileSubject(Dataset dataset, PrintWriter err) throws ProfileException {
        RatingsFile file = RatingsFile.read(profileFile);
        if (file.ratings().isEmpty() && file.badLineCount() > 0) {
            throw new ProfileException(
                    Problem.of(ProfileProblem.NO_VALID_RATINGS, profileFile, file.badLines().get(0)));
        }
        for (BadLine bad : file.badLines()) {
            err.println("skipped " + Quote.inert(bad.toString()));
        }
        if (file.badLineCount() > file.badLines().size()) {
            err.printf("skipped %,d more malformed lines%n", file.badLineCount() - file.badLines().size());
        }
        Profile profile = Profile.of(dataset, file.ratings().stream().map(ProfileRating::toMovieRating).toList());
        List<Integer> unknown = profile.unknownMovieIds();
        if (!unknown.isEmpty()) {
            err.printf("left out %d rated %s that %s lacks: %s%s%n", unknown.size(),
                    unknown.size() == 1 ? "movie" : "movies", Quote.inert(dataset.source()),
                    unknown.stream().limit(UNKNOWN_IDS_SHOWN).map(String::valueOf).collect(Collectors.joining(", ")),
                    unknown.size() > UNKNOWN_IDS_SHOWN ? ", …" : "");
        }
        int userId = file.userId();
        String label = "user " + userId + " from " + Quote.inert(profileFile.getFileName().toString());
        return new Subjects(new int[] {userId}, i -> profile, i -> label);
    }
}
