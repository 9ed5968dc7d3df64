package io.github.movierecommender.ui.error;

import io.github.movierecommender.data.DatasetException;
import io.github.movierecommender.download.DownloadException;
import io.github.movierecommender.problem.Problem;
import io.github.movierecommender.profile.ProfileException;
import io.github.movierecommender.ui.i18n.Messages;
import io.github.movierecommender.ui.i18n.ProblemText;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * Why something failed, in the user's language: the engine's problem when it wrote one as facts,
 * else a plain "unexpected error"; Java's own words are technical detail, never the reason shown.
 */
public final class FailureReason {

    private FailureReason() {
    }

    public static String of(Messages messages, Throwable error) {
        return problem(error).map(problem -> new ProblemText(messages).of(problem))
                .orElseGet(() -> messages.text("error.unexpectedReason"));
    }

    /** Why a file could not be written: its folder is missing, permission is denied, or it just could not be. */
    public static String ofFileWrite(Messages messages, Throwable error) {
        if (error instanceof NoSuchFileException) {
            return messages.text("chart.noSuchFolder");
        }
        if (error instanceof AccessDeniedException) {
            return messages.text("chart.accessDenied");
        }
        return messages.text("error.notWritten");
    }

    /** Java's own words for the Details area. */
    public static String technical(Throwable error) {
        return error.getMessage() == null ? error.getClass().getName() : error.getClass().getName() + ": "
                + error.getMessage();
    }

    private static Optional<Problem> problem(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ProfileException profile) {
                return Optional.of(profile.problem());
            }
            if (t instanceof DownloadException download) {
                return Optional.of(download.problem());
            }
            if (t instanceof DatasetException dataset) {
                return Optional.of(dataset.problem());
            }
        }
        return Optional.empty();
    }
}
