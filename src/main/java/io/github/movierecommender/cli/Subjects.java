package io.github.movierecommender.cli;

import io.github.movierecommender.recommend.Profile;
import java.util.function.IntFunction;

/**
 * Whom a command works for, in order: users of the dataset, whose profiles are built one at a
 * time so that {@code --user all} stays flat in memory, or the one person of a {@code --profile} file.
 */
record Subjects(int[] userIds, IntFunction<Profile> profiles, IntFunction<String> labels) {

    int size() {
        return userIds.length;
    }

    /** The user id the output shows. */
    int userId(int i) {
        return userIds[i];
    }

    Profile profile(int i) {
        return profiles.apply(i);
    }

    /** How the text output names the subject: "user 414", or "user 0 from me.csv". */
    String label(int i) {
        return labels.apply(i);
    }
}
