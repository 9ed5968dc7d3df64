package io.github.movierecommender.profile;

import java.nio.file.Path;
import java.time.Clock;

/**
 * A child process of {@link LargeDamagedProfileTest}: opens the profile {@code args[1]} of the
 * store in {@code args[0]}, and prints how many lines it could not read, the first of them, how
 * many ratings it kept and where the file was set aside.
 */
public final class DamagedProfileOpener {

    private DamagedProfileOpener() {
    }

    public static void main(String[] args) throws ProfileException {
        SavedProfile profile = new ProfileStore(Path.of(args[0]), Clock.systemUTC()).load(args[1]);
        Recovery recovery = profile.recovery().orElseThrow();
        System.out.println(recovery.problemCount());
        System.out.println(recovery.problems().get(0));
        System.out.println(recovery.ratingsKept());
        System.out.println(recovery.keptAs());
    }
}
