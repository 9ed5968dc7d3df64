package io.github.movierecommender.download;

import io.github.movierecommender.problem.Problem;
import java.net.ConnectException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Short, readable causes for messages, from exceptions whose own messages may be missing or terse. */
final class Reasons {

    private Reasons() {
    }

    static Problem of(Throwable failure) {
        return of(failure, null);
    }

    /** The cause; a file problem names its file unless it is {@code alreadyNamed}. */
    static Problem of(Throwable failure, Path alreadyNamed) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException) {
                return Problem.of(DownloadProblem.SERVER_NAME_UNKNOWN);
            }
            if (t instanceof FileSystemException e) {
                Problem problem = fileProblem(e);
                return alreadyNamed != null && alreadyNamed.toString().equals(e.getFile())
                        ? problem : Problem.of(DownloadProblem.FILE_REASON, e.getFile(), problem);
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return Problem.of(DownloadProblem.SYSTEM_REASON, t.getMessage());
            }
        }
        return failure instanceof ConnectException ? Problem.of(DownloadProblem.SERVER_UNREACHABLE)
                : Problem.of(DownloadProblem.SYSTEM_REASON, failure.getClass().getSimpleName());
    }

    private static Problem fileProblem(FileSystemException e) {
        if (e.getReason() != null) {
            return Problem.of(DownloadProblem.SYSTEM_REASON, e.getReason());
        }
        if (e instanceof AccessDeniedException) {
            return Problem.of(DownloadProblem.PERMISSION_DENIED);
        }
        if (e instanceof NoSuchFileException) {
            return Problem.of(DownloadProblem.NO_SUCH_FILE_OR_FOLDER);
        }
        return Problem.of(DownloadProblem.SYSTEM_REASON, e.getClass().getSimpleName());
    }

    static Problem httpStatus(int status) {
        DownloadProblem meaning = switch (status) {
            case 401, 403 -> DownloadProblem.HTTP_ACCESS_DENIED;
            case 404, 410 -> DownloadProblem.HTTP_NOT_FOUND;
            default -> status >= 500 ? DownloadProblem.HTTP_SERVER_PROBLEM : DownloadProblem.HTTP_STATUS;
        };
        return Problem.of(meaning, status);
    }

    /** "1,234,567 bytes", as the English sentences write a size. */
    static String bytes(long count) {
        return String.format(Locale.ROOT, "%,d bytes", count);
    }

    static Problem duration(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? Problem.of(DownloadProblem.SECONDS, duration.toSeconds())
                : Problem.of(DownloadProblem.MILLISECONDS, duration.toMillis());
    }
}
