package io.github.movierecommender.ui.i18n;

import io.github.movierecommender.data.BadLine;
import io.github.movierecommender.problem.Problem;

/**
 * The engine's problems (a file that cannot be loaded, a skipped line, a ratings file that cannot
 * be imported) in the app's language, from the bundles' {@code problem.KIND} texts; a fact that is
 * a problem or a bad line is written the same way, numbers the way the language writes them.
 */
public final class ProblemText {

    public static final String PREFIX = "problem.";

    private final Messages messages;

    public ProblemText(Messages messages) {
        this.messages = messages;
    }

    public String of(Problem problem) {
        Object[] facts = problem.facts().stream().map(this::fact).toArray();
        return messages.format(PREFIX + problem.kind().key(), facts);
    }

    /** "FILE, line N: what is wrong". */
    public String of(BadLine line) {
        return messages.format(PREFIX + "badLine", line.file(), line.line(), of(line.problem()));
    }

    private Object fact(Object fact) {
        if (fact instanceof Problem problem) {
            return of(problem);
        }
        if (fact instanceof BadLine line) {
            return of(line);
        }
        return fact instanceof Number ? fact : String.valueOf(fact);
    }
}
