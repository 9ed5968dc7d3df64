package io.github.movierecommender.download;

import io.github.movierecommender.problem.Problem;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Which names a release folder may have: plain names like "ml-latest-small", never a path or a hidden file. */
final class ReleaseName {

    static final int MAX_LENGTH = 64;

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]+");
    /** Names Windows keeps for devices, with or without an extension. */
    private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    private ReleaseName() {
    }

    /** Why {@code name} cannot be a release folder's name, or empty when it can. */
    static Optional<Problem> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of(Problem.of(DownloadProblem.NAME_EMPTY));
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of(Problem.of(DownloadProblem.NAME_TOO_LONG, MAX_LENGTH));
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of(Problem.of(DownloadProblem.NAME_CHARACTERS));
        }
        if (name.startsWith(".") || name.endsWith(".")) {
            return Optional.of(Problem.of(DownloadProblem.NAME_DOT));
        }
        String base = name.toLowerCase(Locale.ROOT);
        int dot = base.indexOf('.');
        if (DEVICES.contains(dot < 0 ? base : base.substring(0, dot))) {
            return Optional.of(Problem.of(DownloadProblem.NAME_DEVICE));
        }
        return Optional.empty();
    }
}
